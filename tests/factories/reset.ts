import type { Db } from '@/server/db/client';

/** Deletes every row, children first; the schema stays. */
export async function resetDatabase(db: Db): Promise<void> {
  await db.answer.deleteMany();
  await db.attempt.deleteMany();
  await db.assignmentOverride.deleteMany();
  await db.assignment.deleteMany();
  await db.studentDevice.deleteMany();
  await db.student.deleteMany();
  await db.classroom.deleteMany();
  await db.staffInvitation.deleteMany();
  await db.session.deleteMany();
  await db.account.deleteMany();
  await db.user.deleteMany();
  await db.verification.deleteMany();
  await db.rateLimit.deleteMany();
  await db.mediaAsset.deleteMany();
}
