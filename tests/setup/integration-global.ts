import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { migrateFreshSqlite } from './migrate';

// Migrated once per run; every worker copies it (tests/setup/integration-db.ts). The name carries
// this run's process id so two runs at once (an editor's watcher and a terminal) never share files.
export default function setup(): () => void {
  const template = resolve(`tests/.tmp/template-${process.pid}.sqlite`);
  migrateFreshSqlite(template);
  process.env.SCAMSENSE_TEST_TEMPLATE = template;
  return () => rmSync(template, { force: true });
}
