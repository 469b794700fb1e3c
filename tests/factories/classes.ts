import { randomUUID } from 'node:crypto';
import type { NewAssignment } from '@/domain/assignments/form';
import { normalizeRecoveryCode } from '@/domain/classes/recovery-code';
import type { QuestionResponse } from '@/domain/quiz/schemas';
import { spotKeyLineIds } from '@/domain/scoring/score-scenario';
import type { Device } from '@/server/auth/device';
import type { StaffViewer } from '@/server/auth/staff';
import { getContentLibrary } from '@/server/content/library';
import { createAssignment } from '@/server/db/assignments';
import { createClassroom } from '@/server/db/classrooms';
import { issuePersonalLinks, issueRecoveryCode } from '@/server/db/student-access';
import { joinClassroom } from '@/server/db/students';
import { promoteToAdmin } from '@/server/db/users';
import { createTrainer } from './users';

/** A trainer account and the StaffViewer the app would resolve for it. */
export async function createStaff(role: 'trainer' | 'admin' = 'trainer'): Promise<StaffViewer> {
  const { id, email } = await createTrainer();
  if (role === 'admin') await promoteToAdmin(id);
  return { kind: 'staff', userId: id, role, name: 'Test Trainer', email };
}

/** A class owned by a new trainer. */
export async function createClassWithTrainer(name = 'Class 1') {
  const staff = await createStaff();
  const { id, joinCode } = await createClassroom(staff, { name });
  return { staff, classroomId: id, joinCode };
}

/** A new device that joined the class by its code. */
export async function joinAsStudent(joinCode: string, displayName = `Student ${randomUUID().slice(0, 4)}`, studentNumber: string | null = null) {
  const device: Device = { kind: 'anonymous', ownerKey: randomUUID() };
  const joined = await joinClassroom(device, { code: joinCode, displayName, studentNumber });
  if (!joined.ok) throw new Error(`joining ${joinCode} failed: ${joined.code}`);
  return { device, studentId: joined.value.studentId };
}

const HOUR = 3_600_000;

/** An assignment of the fixture set, open from an hour ago for a day, unless `rules` says otherwise. */
export async function createTestAssignment(staff: StaffViewer, classroomId: string, rules: Partial<NewAssignment> = {}, now = new Date()): Promise<string> {
  const created = await createAssignment(
    staff,
    {
      classroomId,
      setId: 'fixture-set',
      timeZone: 'Asia/Shanghai',
      opensAt: new Date(now.getTime() - HOUR),
      closesAt: new Date(now.getTime() + 24 * HOUR),
      attemptsAllowed: 1,
      grading: 'highest',
      timeLimitMinutes: null,
      feedback: 'after-each-answer',
      shuffleScenarios: false,
      shuffleOptions: false,
      ...rules,
    },
    (setId) => setId === 'fixture-set',
  );
  if (!created.ok) throw new Error(`creating the assignment failed: ${created.code}`);
  return created.value.id;
}

/** Fully correct answers to a scenario of the loaded library, built from its answer keys. */
export function correctResponses(scenarioId: string): Record<string, QuestionResponse> {
  const scenario = getContentLibrary().scenarios.get(scenarioId)?.byLocale['zh-CN'];
  if (!scenario) throw new Error(`no scenario ${scenarioId} in the test library`);
  return Object.fromEntries(
    scenario.questions.map((question): [string, QuestionResponse] => {
      if (question.type === 'single') return [question.id, { type: 'single', choice: question.answer }];
      if (question.type === 'multiple') return [question.id, { type: 'multiple', choices: question.answer }];
      if (question.type === 'verdict') return [question.id, { type: 'verdict', choice: question.answer }];
      return [question.id, { type: 'spot', lines: spotKeyLineIds(scenario) }];
    }),
  );
}

/** Answers that score 0 on a scenario: the wrong verdict or option, and no key lines. */
export function wrongResponses(scenarioId: string): Record<string, QuestionResponse> {
  const scenario = getContentLibrary().scenarios.get(scenarioId)?.byLocale['zh-CN'];
  if (!scenario) throw new Error(`no scenario ${scenarioId} in the test library`);
  return Object.fromEntries(
    scenario.questions.map((question): [string, QuestionResponse] => {
      if (question.type === 'single') return [question.id, { type: 'single', choice: question.options.find((option) => option.id !== question.answer)!.id }];
      if (question.type === 'multiple') return [question.id, { type: 'multiple', choices: question.options.filter((option) => !question.answer.includes(option.id)).map((option) => option.id) }];
      if (question.type === 'verdict') return [question.id, { type: 'verdict', choice: question.answer === 'scam' ? 'legitimate' : 'scam' }];
      return [question.id, { type: 'spot', lines: [] }];
    }),
  );
}

/** A recovery code the trainer shows for a student, as the recover form passes it on (normalised). */
export async function recoveryCodeFor(staff: StaffViewer, classroomId: string, studentId: string, at?: Date): Promise<string> {
  const issued = await issueRecoveryCode(staff, classroomId, studentId, at);
  if (!issued.ok) throw new Error(`issuing a recovery code failed: ${issued.code}`);
  return normalizeRecoveryCode(issued.value.code);
}

/** Personal links for the class's unjoined students, by display name, as the links page would show them once. */
export async function personalLinkTokens(staff: StaffViewer, classroomId: string, at?: Date): Promise<Map<string, string>> {
  const issued = await issuePersonalLinks(staff, classroomId, { at });
  if (!issued.ok) throw new Error(`issuing personal links failed: ${issued.code}`);
  return new Map(issued.value.links.map((link) => [link.displayName, link.token]));
}
