# One image for the gateway and every subgraph; the service is chosen by the command.
# TypeScript runs directly with tsx, the same way as in development and tests.
FROM node:24-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY gateway/package.json gateway/
COPY subgraphs/kit/package.json subgraphs/kit/
COPY subgraphs/users/package.json subgraphs/users/
RUN npm ci --no-audit --no-fund --ignore-scripts=false && npm cache clean --force

FROM node:24-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY . .
USER node
# Overridden per service in docker-compose.yml.
CMD ["node_modules/.bin/tsx", "gateway/src/index.ts"]
