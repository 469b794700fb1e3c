import { describe, expect, it, vi } from 'vitest';
import AssignmentReportPage from '@/app/[locale]/trainer/assignments/[assignmentId]/page';
import type { NewAssignment } from '@/domain/assignments/form';
import { saveOverrideAction } from '@/server/actions/assignments';
import { db } from '@/server/db/client';
import { createClassWithTrainer, createTestAssignment, joinAsStudent } from '../../../factories/classes';
import { html, params } from '../../../factories/render-page';
import { actAsStaff } from '../../../factories/request-context';
import { redirectOf } from '../../../factories/action-calls';

/*
 * A per-student exception saved the way the browser sends it: the fields the assignment page
 * renders, and nothing else. The form leaves out the fields the rules do not use.
 */

const IDLE_FORM = { status: 'idle' } as const;

vi.mock('next/headers', async () => (await import('../../../factories/request-context')).nextHeadersModule);

/** The named fields of the first exception form on the rendered assignment page, as a browser would submit them. */
async function overrideFormOnPage(assignmentId: string): Promise<Map<string, string>> {
  const page = await html(await AssignmentReportPage({ ...params({ locale: 'en', assignmentId }), searchParams: Promise.resolve({}) }));
  const form = /<form[^>]*class="override-form"[^>]*>([\s\S]*?)<\/form>/.exec(page)?.[1];
  if (!form) throw new Error('the assignment page shows no exception form');
  const fields = new Map<string, string>();
  for (const [input] of form.matchAll(/<input\b[^>]*>/g)) {
    const name = /\sname="([^"]*)"/.exec(input)?.[1];
    if (name) fields.set(name, decodeHtml(/\svalue="([^"]*)"/.exec(input)?.[1] ?? ''));
  }
  return fields;
}

function decodeHtml(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

async function assignmentWithStudent(rules: Partial<NewAssignment>) {
  const { staff, classroomId, joinCode } = await createClassWithTrainer();
  const student = await joinAsStudent(joinCode, 'Alice', 'S1');
  const assignmentId = await createTestAssignment(staff, classroomId, rules);
  await actAsStaff(staff.email);
  return { assignmentId, studentId: student.studentId };
}

describe('saveOverrideAction with the fields the page renders', () => {
  it('saves a later close time for an assignment with no time limit and unlimited attempts', async () => {
    const { assignmentId, studentId } = await assignmentWithStudent({ timeLimitMinutes: null, attemptsAllowed: null });
    const fields = await overrideFormOnPage(assignmentId);
    expect([...fields.keys()].sort()).toEqual(['assignmentId', 'closesAt', 'locale', 'studentId', 'timeZone']);

    const form = new FormData();
    for (const [name, value] of fields) form.set(name, value);
    form.set('closesAt', '2026-12-20T18:00');
    let outcome: unknown;
    const target = await redirectOf(async () => (outcome = await saveOverrideAction(IDLE_FORM, form)));

    expect(outcome).toBeUndefined();
    expect(target).toBe(`/en/trainer/assignments/${assignmentId}?saved=${studentId}`);
    // 18:00 in Asia/Shanghai; the fields the form left out grant nothing.
    expect(await db.assignmentOverride.findFirstOrThrow({ where: { assignmentId, studentId } })).toMatchObject({ closesAt: new Date('2026-12-20T10:00:00Z'), extraMinutes: 0, extraAttempts: 0 });
  });

  it('saves extra minutes when only the attempts are unlimited, and extra attempts when only the time is unlimited', async () => {
    const timed = await assignmentWithStudent({ timeLimitMinutes: 20, attemptsAllowed: null });
    const timedForm = new FormData();
    for (const [name, value] of await overrideFormOnPage(timed.assignmentId)) timedForm.set(name, value);
    expect(timedForm.has('extraAttempts')).toBe(false);
    timedForm.set('extraMinutes', '15');
    expect(await redirectOf(() => saveOverrideAction(IDLE_FORM, timedForm))).toBe(`/en/trainer/assignments/${timed.assignmentId}?saved=${timed.studentId}`);
    expect(await db.assignmentOverride.findFirstOrThrow({ where: { assignmentId: timed.assignmentId } })).toMatchObject({ closesAt: null, extraMinutes: 15, extraAttempts: 0 });

    const counted = await assignmentWithStudent({ timeLimitMinutes: null, attemptsAllowed: 2 });
    const countedForm = new FormData();
    for (const [name, value] of await overrideFormOnPage(counted.assignmentId)) countedForm.set(name, value);
    expect(countedForm.has('extraMinutes')).toBe(false);
    countedForm.set('extraAttempts', '1');
    expect(await redirectOf(() => saveOverrideAction(IDLE_FORM, countedForm))).toBe(`/en/trainer/assignments/${counted.assignmentId}?saved=${counted.studentId}`);
    expect(await db.assignmentOverride.findFirstOrThrow({ where: { assignmentId: counted.assignmentId } })).toMatchObject({ closesAt: null, extraMinutes: 0, extraAttempts: 1 });
  });

  it('still refuses a bad number that was sent, against its field', async () => {
    const { assignmentId } = await assignmentWithStudent({ timeLimitMinutes: 20, attemptsAllowed: 1 });
    const form = new FormData();
    for (const [name, value] of await overrideFormOnPage(assignmentId)) form.set(name, value);
    form.set('extraMinutes', 'ten');
    expect(await saveOverrideAction(IDLE_FORM, form)).toMatchObject({ status: 'error', fieldErrors: { extraMinutes: expect.stringContaining('from 0 to 600') } });
    expect(await db.assignmentOverride.count()).toBe(0);
  });
});
