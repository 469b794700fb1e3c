import 'server-only';
import { PrismaClient } from '@/generated/prisma-sqlite/client';
import { env } from '@/server/env';
import { SerialisedSqliteAdapter } from './sqlite-adapter';

/** The client type the rest of the data layer sees. */
export type Db = PrismaClient;

/** The client inside an interactive transaction (`db.$transaction(async (tx) => …)`). */
export type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

/**
 * Builds the one Prisma client from DATABASE_URL; only SQLite files (`file:`) are supported. A
 * PostgreSQL adapter would not be enough on its own: it also needs a generated client and
 * migrations of its own, and better-auth's provider in users.ts.
 */
export function createDb(url: string): Db {
  if (url.startsWith('file:')) return new PrismaClient({ adapter: new SerialisedSqliteAdapter(url) });
  throw new Error(`DATABASE_URL must start with "file:" (a SQLite file), got "${url.split(':')[0]}:". Fix the variable and restart.`);
}

const cache = globalThis as unknown as { scamsenseDb?: Db }; // one client across dev hot reloads
export const db: Db = cache.scamsenseDb ?? createDb(env.DATABASE_URL);
cache.scamsenseDb = db;
