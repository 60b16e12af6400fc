/** What every screen shares: the IndexedDB, the session and the API client, made once at start. */
import { createContext, useContext } from 'react';
import { Api } from '../api/client';
import { SessionStore } from '../auth/session';
import { type TillDatabase, tillDb } from '../offline/db';

export interface Services {
  db: TillDatabase;
  session: SessionStore;
  api: Api;
}

export async function createServices(): Promise<Services> {
  const db = await tillDb();
  const session = new SessionStore(db);
  await session.load();
  return { db, session, api: new Api(session) };
}

export const ServicesContext = createContext<Services | null>(null);

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesContext');
  return services;
}
