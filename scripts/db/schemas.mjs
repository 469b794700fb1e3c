// Writes the schema of each database from prisma/model.prisma, the one source of truth.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const PROVIDERS = /** @type {const} */ (['sqlite', 'postgresql']);
export const modelPath = resolve(root, 'prisma/model.prisma');

/** @param {'sqlite' | 'postgresql'} provider */
export const schemaPath = (provider) => resolve(root, 'prisma', provider, 'schema.prisma');
/** @param {'sqlite' | 'postgresql'} provider */
export const migrationsPath = (provider) => resolve(root, 'prisma', provider, 'migrations');

// The URLs are placeholders the schema parser requires; at run time the driver adapter takes the
// address from DATABASE_URL.
const placeholderUrl = { sqlite: 'file:../../data/scamsense.db', postgresql: 'postgresql://localhost:5432/scamsense' };

/**
 * The schema of one database: the model with that database's generator and datasource.
 * @param {'sqlite' | 'postgresql'} provider
 * @param {string} [model] the model's text; read from prisma/model.prisma when omitted
 */
export function renderSchema(provider, model = readFileSync(modelPath, 'utf8')) {
  const header = [
    '// Generated from prisma/model.prisma by `npm run db:migration`: edit the model, not this file.',
    '',
    'generator client {',
    '  provider   = "prisma-client"',
    `  output     = "../../src/generated/prisma-${provider}"`,
    '  engineType = "client"',
    '}',
    '',
    'datasource db {',
    `  provider = "${provider}"`,
    `  url      = "${placeholderUrl[provider]}"`,
    '}',
    '',
  ].join('\n');
  const body = model.slice(model.search(/^(model|\/\/\/)/m));
  return `${header}\n${body}`;
}
