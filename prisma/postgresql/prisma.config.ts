import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { PrismaPg } from '@prisma/adapter-pg';

// Used to generate the client and to write migrations (`prisma migrate diff --script`), which need
// no server. Prisma's schema engine cannot apply migrations to PostgreSQL with a driver adapter, so
// scripts/db/migrate-postgresql.mjs applies them instead (see docs/deployment.md).
export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join(import.meta.dirname, 'schema.prisma'),
  migrations: { path: path.join(import.meta.dirname, 'migrations') },
  adapter: async () => new PrismaPg({ connectionString: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/scamsense' }),
});
