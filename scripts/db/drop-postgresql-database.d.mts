import type pg from 'pg';

export function dropPostgresqlDatabase(client: pg.Client, database: string): Promise<void>;
