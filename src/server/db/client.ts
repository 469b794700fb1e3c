import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient as PostgresqlClient } from '@/generated/prisma-postgresql/client';
import { PrismaClient } from '@/generated/prisma-sqlite/client';
import { env } from '@/server/env';
import { databaseProvider } from './provider';
import { SerialisedSqliteAdapter } from './sqlite-adapter';

/**
 * The client type the rest of the data layer sees. Both clients are generated from one model
 * (prisma/model.prisma), so their models, queries and results are the same; the data layer keeps
 * to what both databases support.
 */
export type Db = PrismaClient;

/** The client inside an interactive transaction (`db.$transaction(async (tx) => …)`). */
export type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

/** Builds the one Prisma client for DATABASE_URL: a SQLite file or a PostgreSQL database. */
export function createDb(url: string, postgresqlPoolSize = env.DATABASE_POOL_SIZE): Db {
  if (databaseProvider(url) === 'sqlite') return new PrismaClient({ adapter: new SerialisedSqliteAdapter(url) });
  const adapter = new PrismaPg(
    { connectionString: url, max: postgresqlPoolSize },
    // An idle connection the server closed (a restart, a failover) is dropped from the pool and
    // replaced on the next query; say so in the log instead of failing silently.
    { onPoolError: (error) => console.error(`[db] PostgreSQL closed an idle connection; it is replaced on the next query: ${error.message}`) },
  );
  const client = new PostgresqlClient({ adapter });
  return client as unknown as Db;
}

const cache = globalThis as unknown as { scamsenseDb?: Db }; // one client across dev hot reloads
export const db: Db = cache.scamsenseDb ?? createDb(env.DATABASE_URL);
cache.scamsenseDb = db;

/** Which database the app runs on (better-auth's adapter and a few queries need to know). */
export const dbProvider = databaseProvider(env.DATABASE_URL);
