# One image for the gateway and every subgraph; the service is chosen by the command.
# TypeScript runs directly with tsx, the same way as in development and tests.
FROM node:24-bookworm-slim AS deps
WORKDIR /app
# The whole tree (minus .dockerignore) so every workspace's package.json is there for npm ci.
COPY . .
RUN npm ci --no-audit --no-fund && npm cache clean --force
# The web app the gateway serves at `/` (web/dist).
RUN npm run build -w web

FROM node:24-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0
WORKDIR /app
COPY --from=deps /app ./
USER node
# Overridden per service in docker-compose.yml.
CMD ["node_modules/.bin/tsx", "gateway/src/index.ts"]
