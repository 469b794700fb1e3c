import { describe, expect, it } from 'vitest';
import { db } from '@/server/db/client';

const counter = (key: string) => ({ id: key, key, count: 1, lastRequest: 1n });
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('statements outside a transaction', () => {
  it('neither see what an open transaction has not committed nor vanish when it rolls back', async () => {
    let seenInside = -1;
    const failing = db
      .$transaction(async (tx) => {
        await tx.rateLimit.create({ data: counter('inside') });
        await pause(100);
        throw new Error('roll back');
      })
      .catch((error: Error) => error.message);
    const outside = (async () => {
      await pause(20); // the transaction above is open now
      seenInside = await db.rateLimit.count({ where: { key: 'inside' } });
      await db.rateLimit.create({ data: counter('outside') });
    })();
    expect(await failing).toBe('roll back');
    await outside;
    expect(seenInside).toBe(0);
    expect((await db.rateLimit.findMany({ select: { key: true } })).map((row) => row.key)).toEqual(['outside']);
  });
});
