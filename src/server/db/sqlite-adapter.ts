import 'server-only';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';

type Factory = PrismaBetterSQLite3;
type Adapter = Awaited<ReturnType<Factory['connect']>>;
type Transaction = Awaited<ReturnType<Adapter['startTransaction']>>;
type Query = Parameters<Adapter['queryRaw']>[0];

/**
 * The better-sqlite3 adapter runs every query on one connection and lets only one transaction be
 * open at a time, but a query outside any transaction does not wait for it: it runs inside the
 * open transaction, reads what that transaction has not committed, and is undone with it when the
 * transaction rolls back (a rate-limit slot taken by one request vanished when another request's
 * transaction failed). This factory makes every statement outside a transaction wait until the
 * open transaction has ended, so each runs on its own, as it would on a server database.
 */
export class SerialisedSqliteAdapter {
  readonly provider = 'sqlite' as const;
  readonly adapterName: string;
  readonly #inner: Factory;

  constructor(url: string) {
    this.#inner = new PrismaBetterSQLite3({ url });
    this.adapterName = this.#inner.adapterName;
  }

  async connect(): Promise<Adapter> {
    return serialised(await this.#inner.connect());
  }
}

/** A one-at-a-time lock: resolves with the function that lets the next one in. */
function createLock(): () => Promise<() => void> {
  let tail: Promise<void> = Promise.resolve();
  return () => {
    let release!: () => void;
    const previous = tail;
    tail = new Promise<void>((resolve) => (release = resolve));
    return previous.then(() => release);
  };
}

function serialised(adapter: Adapter): Adapter {
  const lock = createLock();
  async function alone<T>(run: () => Promise<T>): Promise<T> {
    const release = await lock();
    try {
      return await run();
    } finally {
      release();
    }
  }
  const wrapper = Object.create(adapter) as Adapter;
  return Object.assign(wrapper, {
    queryRaw: (query: Query) => alone(() => adapter.queryRaw(query)),
    executeRaw: (query: Query) => alone(() => adapter.executeRaw(query)),
    executeScript: (script: string) => alone(() => adapter.executeScript(script)),
    async startTransaction(isolationLevel?: Parameters<Adapter['startTransaction']>[0]): Promise<Transaction> {
      // Held from BEGIN until COMMIT or ROLLBACK; the transaction's own queries do not take it.
      const release = await lock();
      try {
        return releasingOnEnd(await adapter.startTransaction(isolationLevel), release);
      } catch (error) {
        release();
        throw error;
      }
    },
    dispose: () => adapter.dispose(),
  });
}

function releasingOnEnd(transaction: Transaction, release: () => void): Transaction {
  const wrapper = Object.create(transaction) as Transaction;
  return Object.assign(wrapper, {
    queryRaw: (query: Query) => transaction.queryRaw(query),
    executeRaw: (query: Query) => transaction.executeRaw(query),
    async commit() {
      try {
        await transaction.commit();
      } finally {
        release();
      }
    },
    async rollback() {
      try {
        await transaction.rollback();
      } finally {
        release();
      }
    },
  });
}
