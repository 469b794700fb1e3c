import 'server-only';
import { z } from 'zod';

/** Default database: a SQLite file next to the app, so a fresh clone needs no .env. */
export const DEFAULT_DATABASE_URL = 'file:./data/scamsense.db';

const envSchema = z.object({
  DATABASE_URL: z.string().min(1).default(DEFAULT_DATABASE_URL),
  /** Folder that holds content/; the working directory unless set. */
  CONTENT_ROOT: z.string().min(1).default(process.cwd()),
  /** Connections each app instance keeps open to PostgreSQL at most (ignored on SQLite). */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Signs session cookies; at least 32 characters. Unset: one is made once and kept in AUTH_SECRET_FILE. */
  BETTER_AUTH_SECRET: z.string().min(32).optional(),
  AUTH_SECRET_FILE: z.string().min(1).default('data/auth-secret'),
});

// parse, not safeParse: a bad environment must stop the server at startup with zod's message.
export const env = envSchema.parse({
  DATABASE_URL: process.env.DATABASE_URL || undefined,
  CONTENT_ROOT: process.env.CONTENT_ROOT || undefined,
  DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE || undefined,
  NODE_ENV: process.env.NODE_ENV || undefined,
  BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET || undefined,
  AUTH_SECRET_FILE: process.env.AUTH_SECRET_FILE || undefined,
});
