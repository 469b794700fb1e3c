export class MigrationError extends Error {}
export type Migration = { name: string; sql: string; checksum: string };
export function readMigrations(folder: string): Migration[];
export function migratePostgresql(url: string, folder: string): Promise<{ applied: string[]; warnings: string[] }>;
