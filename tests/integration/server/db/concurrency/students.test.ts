import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashToken } from '@/server/auth/tokens';
import { importRoster } from '@/server/db/classrooms';
import { db } from '@/server/db/client';
import { consumeRateLimitSlot, releaseRateLimitSlot, usedRateLimitSlots } from '@/server/db/rate-limits';
import { issuePersonalLinks } from '@/server/db/student-access';
import { claimPersonalLink, joinClassroom } from '@/server/db/students';
import { createClassWithTrainer } from '../../../../factories/classes';
import { anonymousDevice } from '../../../../factories/devices';

/*
 * Requests that claim something students share, arriving together: a personal link, a device's
 * place in a class, and the slots of a rate limit.
 */

const LIMIT = { windowSeconds: 600, max: 5 };
const T0 = 1_800_000_000_000;

async function importedWithLink() {
  const { staff, classroomId, joinCode } = await createClassWithTrainer();
  await importRoster(staff, classroomId, [{ line: 2, displayName: '李娜', studentNumber: '2024007' }]);
  const issued = await issuePersonalLinks(staff, classroomId);
  if (!issued.ok) throw new Error(`issuing the personal link failed: ${issued.code}`);
  return { classroomId, joinCode, studentId: issued.value.links[0].studentId, token: issued.value.links[0].token };
}

describe('parallel claims of one personal link', () => {
  it('link exactly one device to the student; the others are told the link does not work', async () => {
    const { studentId, token } = await importedWithLink();
    const devices = Array.from({ length: 6 }, () => anonymousDevice());
    const results = await Promise.all(devices.map((device) => claimPersonalLink(device, token)));
    const winners = devices.filter((_, index) => results[index].ok);
    expect(winners).toHaveLength(1);
    expect(results.filter((result) => !result.ok).every((result) => !result.ok && result.code === 'personal_link_unknown')).toBe(true);
    expect(await db.studentDevice.findMany({ where: { studentId }, select: { deviceKeyHash: true } })).toEqual([{ deviceKeyHash: hashToken(winners[0].ownerKey) }]);
    expect(await db.student.findUniqueOrThrow({ where: { id: studentId }, select: { personalTokenHash: true } })).toEqual({ personalTokenHash: null });
  });
});

describe('one device acts for one student per class', () => {
  it('holds when one device joins one class under several names at once', async () => {
    const { classroomId, joinCode } = await createClassWithTrainer();
    const device = anonymousDevice();
    const results = await Promise.all(['Ann', 'Bo', 'Cy', 'Di'].map((displayName) => joinClassroom(device, { code: joinCode, displayName, studentNumber: null })));
    expect(results.every((result) => result.ok)).toBe(true);
    expect(await db.studentDevice.count({ where: { deviceKeyHash: hashToken(device.ownerKey), classroomId } })).toBe(1);
  });

  it('is a rule of the database: a second link in the class, or one naming another class, is refused', async () => {
    const { classroomId, joinCode } = await createClassWithTrainer();
    const other = await createClassWithTrainer('Class 2');
    const device = anonymousDevice();
    const first = await joinClassroom(device, { code: joinCode, displayName: 'Ann', studentNumber: null });
    const second = await joinClassroom(anonymousDevice(), { code: joinCode, displayName: 'Bo', studentNumber: null });
    if (!first.ok || !second.ok) throw new Error('joining failed');
    const deviceKeyHash = hashToken(device.ownerKey);
    await expect(db.studentDevice.create({ data: { id: randomUUID(), deviceKeyHash, studentId: second.value.studentId, classroomId } })).rejects.toMatchObject({ code: 'P2002' });
    await expect(db.studentDevice.create({ data: { id: randomUUID(), deviceKeyHash, studentId: second.value.studentId, classroomId: other.classroomId } })).rejects.toMatchObject({ code: 'P2003' });
    expect(await db.studentDevice.findMany({ where: { deviceKeyHash }, select: { studentId: true } })).toEqual([{ studentId: first.value.studentId }]);
  });
});

describe('parallel rate-limit slots', () => {
  it('hand out exactly `max` when they arrive together as a new window begins', async () => {
    for (let slot = 0; slot < LIMIT.max; slot += 1) await consumeRateLimitSlot('test:turn', LIMIT, T0);
    const nextWindow = T0 + LIMIT.windowSeconds * 1000;
    const results = await Promise.all(Array.from({ length: 12 }, () => consumeRateLimitSlot('test:turn', LIMIT, nextWindow)));
    expect(results.filter((result) => result === undefined)).toHaveLength(LIMIT.max);
    expect(await usedRateLimitSlots('test:turn', LIMIT, nextWindow)).toBe(LIMIT.max);
  });

  it('count every failure and no success when good and bad joins from one address arrive together', async () => {
    const key = 'join:203.0.113.9';
    const limit = { windowSeconds: 600, max: 20 };
    // As the join action does: a slot is taken before trying, and given back when the try succeeds.
    const attempt = async (succeeds: boolean) => {
      if ((await consumeRateLimitSlot(key, limit, T0)) !== undefined) return 'limited';
      if (succeeds) await releaseRateLimitSlot(key);
      return succeeds ? 'joined' : 'failed';
    };
    const results = await Promise.all(Array.from({ length: 45 }, (_, index) => attempt(index % 3 === 0)));
    const failed = results.filter((result) => result === 'failed').length;
    expect(failed).toBeLessThanOrEqual(limit.max);
    expect(await usedRateLimitSlots(key, limit, T0)).toBe(failed);
    // Once the failures fill the window, nothing more gets through from that address.
    expect(await Promise.all(Array.from({ length: limit.max - failed + 5 }, () => attempt(false)))).toContain('limited');
    expect(await usedRateLimitSlots(key, limit, T0)).toBe(limit.max);
  });
});
