import { resolve } from 'node:path';
import { migrateFreshSqlite } from './migrate';

// Migrated once; every worker copies it (tests/setup/integration-db.ts).
export default function setup(): void {
  migrateFreshSqlite(resolve('tests/.tmp/template.sqlite'));
}
