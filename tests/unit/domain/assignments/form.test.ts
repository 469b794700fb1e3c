import { describe, expect, it } from 'vitest';
import { parseAssignmentForm, parseOverrideForm } from '@/domain/assignments/form';

const form = {
  classroomId: 'class-1',
  setId: 'buyer-basics',
  opensAt: '2026-12-01T09:00',
  closesAt: '2026-12-08T17:30',
  timeZone: 'Asia/Shanghai',
  attemptsAllowed: 'unlimited',
  grading: 'first',
  timeLimitMinutes: '',
  feedback: 'after-attempt',
};

describe('parseAssignmentForm', () => {
  it('turns the wall-clock times into UTC and the text fields into rules', () => {
    expect(parseAssignmentForm({ ...form, shuffleOptions: 'on' })).toEqual({
      ok: true,
      value: {
        classroomId: 'class-1',
        setId: 'buyer-basics',
        timeZone: 'Asia/Shanghai',
        opensAt: new Date('2026-12-01T01:00:00Z'),
        closesAt: new Date('2026-12-08T09:30:00Z'),
        attemptsAllowed: null,
        grading: 'first',
        timeLimitMinutes: null,
        feedback: 'after-attempt',
        shuffleScenarios: false,
        shuffleOptions: true,
      },
    });
  });

  it.each([
    [{ attemptsAllowed: '0' }, 'attemptsAllowed', 'errors.assignment.attemptsAllowed'],
    [{ attemptsAllowed: 'many' }, 'attemptsAllowed', 'errors.assignment.attemptsAllowed'],
    [{ timeLimitMinutes: '0' }, 'timeLimitMinutes', 'errors.assignment.timeLimit'],
    [{ timeLimitMinutes: '20.5' }, 'timeLimitMinutes', 'errors.assignment.timeLimit'],
    [{ timeLimitMinutes: '601' }, 'timeLimitMinutes', 'errors.assignment.timeLimit'],
    [{ closesAt: '2026-11-30T09:00' }, 'closesAt', 'errors.assignment.closesBeforeOpens'],
    [{ opensAt: '' }, 'opensAt', 'errors.assignment.opensAt'],
    [{ opensAt: '2026-02-31T09:00' }, 'opensAt', 'errors.assignment.opensAt'],
    [{ timeZone: 'Not/AZone' }, 'timeZone', 'errors.assignment.timeZone'],
    [{ feedback: 'never' }, 'feedback', 'errors.assignment.feedback'],
    [{ grading: 'average' }, 'grading', 'errors.assignment.grading'],
  ])('reports %j against %s', (change, field, key) => {
    const result = parseAssignmentForm({ ...form, ...change });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.fieldErrors[field]).toEqual([key]);
  });
});

describe('parseOverrideForm', () => {
  const override = { assignmentId: 'a', studentId: 's', closesAt: '', extraAttempts: '', extraMinutes: '15' };

  it('reads empty fields as "no change"', () => {
    expect(parseOverrideForm(override, 'Asia/Shanghai')).toEqual({ ok: true, value: { assignmentId: 'a', studentId: 's', closesAt: null, extraAttempts: 0, extraMinutes: 15 } });
  });

  it('reads the close time in the assignment zone', () => {
    const result = parseOverrideForm({ ...override, closesAt: '2026-12-09T08:00' }, 'Asia/Shanghai');
    expect(result.ok && result.value.closesAt).toEqual(new Date('2026-12-09T00:00:00Z'));
  });

  it.each([
    [{ extraAttempts: '-1' }, 'extraAttempts'],
    [{ extraMinutes: '601' }, 'extraMinutes'],
    [{ closesAt: 'tomorrow' }, 'closesAt'],
  ])('reports %j against %s', (change, field) => {
    const result = parseOverrideForm({ ...override, ...change }, 'Asia/Shanghai');
    expect(!result.ok && Object.keys(result.fieldErrors)).toEqual([field]);
  });
});
