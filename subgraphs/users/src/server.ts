import {
  connectDatabase,
  loadTypeDefs,
  MAX_ACCESS_TOKEN_SECONDS,
  OutboxRelay,
  type RunningSubgraph,
  type ServiceOptions,
  serveService,
  TokenSigner,
} from '@pos/kit';
import { createContext, type UsersContext } from './context';
import { registerModels, type UsersModels } from './models';
import { resolvers } from './resolvers';
import { AuthService } from './services/auth.service';
import { backfillSlugClaims } from './services/identifiers';
import { LockoutService } from './services/lockout.service';
import { RegistrationService } from './services/registration.service';

export const typeDefs = loadTypeDefs(import.meta.url, '../users.graphql');

export interface UsersOptions extends ServiceOptions {
  accessTokenSeconds?: number;
  refreshTokenSeconds?: number;
  /** The signing key; only the users subgraph has it. Falls back to `jwt.privateKey`. */
  privateKey?: string;
}

/** Builds and starts the users subgraph: merchants, branches, staff, sign-in and staff advances. */
export async function startUsersSubgraph(opts: UsersOptions): Promise<RunningSubgraph<UsersContext>> {
  const privateKey = opts.privateKey ?? opts.jwt.privateKey;
  if (!privateKey) throw new Error('The users subgraph needs the JWT private key to sign tokens');
  const logger = opts.logger.child({ subgraph: 'users' });
  let models!: UsersModels;
  const db = await connectDatabase(
    { uri: opts.mongodbUri, dbName: opts.dbName ?? 'pos_users', logger },
    (conn) => {
      models = registerModels(conn);
    },
  );
  const settings = { issuer: opts.jwt.issuer, audience: opts.jwt.audience };
  const signer = await TokenSigner.fromPem(privateKey, {
    ...settings,
    ttlSeconds: opts.accessTokenSeconds ?? MAX_ACCESS_TOKEN_SECONDS,
  });
  const auth = new AuthService({
    models,
    signer,
    revocations: opts.revocations,
    lockout: new LockoutService(models),
    logger,
    refreshTokenSeconds: opts.refreshTokenSeconds ?? 30 * 24 * 3600,
  });
  const slugs = await backfillSlugClaims(models);
  if (slugs) logger.info({ slugs }, 'merchant slugs claimed');
  const reloaded = await auth.reloadRevocations();
  if (reloaded) logger.info({ reloaded }, 'revocations reloaded');
  const registration = new RegistrationService(models, auth, logger);
  // Staff advances announce themselves to the branch's cash book (reports).
  const relay = new OutboxRelay({ bus: opts.bus, logger }).register(models.staffAdvances);
  const published = () => relay.kick();

  const running = await serveService<UsersContext>(opts, {
    name: 'users',
    typeDefs,
    resolvers,
    logger,
    db,
    createContext: (base) => createContext(base, { models, auth, registration, published }),
  });
  relay.start();
  return {
    ...running,
    async close() {
      await running.close();
      await relay.stop();
      await db.close();
    },
  };
}
