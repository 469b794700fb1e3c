import { describe, expect, it, vi } from 'vitest';
import { MAX_NEW_STUDENTS_PER_CLASS_HOUR } from '@/domain/classes/join-limits';
import { startAttemptAction } from '@/server/actions/attempts';
import { joinClassAction } from '@/server/actions/join';
import { db } from '@/server/db/client';
import { IDLE_FORM } from '@/domain/shared/form-state';
import en from '@/i18n/messages/en.json';
import { createClassWithTrainer } from '../../../factories/classes';
import { actAsDevice, setRequestHeader } from '../../../factories/request-context';
import { formOf, redirectOf } from '../../../factories/action-calls';

vi.mock('next/headers', async () => (await import('../../../factories/request-context')).nextHeadersModule);

describe('what one device or one class can create', () => {
  it('caps the practice runs one device starts in an hour, and says why', async () => {
    actAsDevice();
    // Each start is a confirmed "start over" of the run before: one run stays, every start counts.
    let previous = '';
    const start = async () => {
      const target = await redirectOf(() => startAttemptAction(formOf({ locale: 'en', setId: 'fixture-set', replaces: previous })));
      previous = target?.split('/')[3] ?? previous;
      return target;
    };
    for (let run = 0; run < 60; run += 1) expect(await start()).toMatch(/^\/en\/attempts\//);
    expect(await start()).toBe('/en?error=too-many-starts');
    expect(await db.attempt.count()).toBe(1);
    // Another device is not affected.
    actAsDevice();
    previous = '';
    expect(await start()).toMatch(/^\/en\/attempts\//);
  });

  it('caps the new students one class gains by its code in an hour; failures do not use the budget', async () => {
    const { joinCode } = await createClassWithTrainer();
    const join = (displayName: string, code = joinCode) => joinClassAction(IDLE_FORM, formOf({ locale: 'en', code, displayName, studentNumber: '' }));
    actAsDevice();
    setRequestHeader('x-client-address', '203.0.113.5');
    expect(await join('Guess', 'ZZZZZZ')).toMatchObject({ fieldErrors: { code: en['errors.join.codeUnknown'] } });
    expect(await db.rateLimit.findMany({ where: { key: { startsWith: 'class-joins:' }, count: { gt: 0 } } })).toEqual([]);
    actAsDevice();
    expect(await redirectOf(() => join('First'))).toBe('/en/my');
    // Fill the class's hourly budget as if that many students had just joined.
    const filled = await db.rateLimit.updateMany({ where: { key: { startsWith: 'class-joins:' }, count: 1 }, data: { count: MAX_NEW_STUDENTS_PER_CLASS_HOUR } });
    expect(filled.count).toBe(1);
    const before = await db.student.count();
    actAsDevice();
    setRequestHeader('x-client-address', '203.0.113.6');
    expect(await join('Late')).toMatchObject({ status: 'error', message: en['errors.join.classBusy'] });
    expect(await db.student.count()).toBe(before);
  });
});
