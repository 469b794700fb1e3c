// The benchmark's set-up through the app's own data layer, run as a separate process with
// `tsx --conditions react-server` on the database the server uses (DATABASE_URL):
//   school  --classes N --set <id> --out <file>   an admin, a trainer, N classes, one assignment each
//   answers --out <file>                          the practice sets and a real decision for every scenario
// It writes JSON to --out; bench/setup.ts runs it and reads the file.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { StageResponse } from '../src/domain/quiz/schemas';
import type { ContentQuestion } from '../src/domain/content/schemas';
import type { StaffViewer } from '../src/server/auth/staff';

export type SchoolClass = { id: string; joinCode: string; assignmentId: string };
export type School = { trainerEmail: string; setId: string; classes: SchoolClass[] };
export type AnswerPlans = {
  /** Practice sets, most scenarios first: more open positions per started attempt. */
  practiceSets: { id: string; itemCount: number }[];
  /** A well-formed decision (the first question of a scenario) for every scenario, as the browser sends it. */
  decisions: Record<string, StageResponse[]>;
};

const BENCH_PASSWORD = 'bench-password-not-secret';

/** The first option handle, or the first verdict: any well-formed response is a real answer the app scores and stores. */
function decisionResponse(question: ContentQuestion): StageResponse {
  switch (question.type) {
    case 'single':
      return { type: 'single', choice: 'c1' };
    case 'multiple':
      return { type: 'multiple', choices: ['c1'] };
    case 'verdict':
      return { type: 'verdict', choice: 'scam' };
    case 'spot':
      return { type: 'spot', lines: [] };
  }
}

async function staffViewer(email: string, name: string): Promise<StaffViewer> {
  const { getUserByEmail } = await import('../src/server/db/users');
  const user = await getUserByEmail(email);
  if (!user) throw new Error(`no account ${email}`);
  return { kind: 'staff', userId: user.id, role: user.role, name, email: user.email };
}

/** An admin (as `npm run admin:create` makes one), a trainer invited by them, and `classCount` classes, each with one open assignment of `setId`. */
async function prepareSchool(classCount: number, setId: string): Promise<School> {
  const { createOrPromoteAdmin } = await import('../src/server/auth/create-admin');
  const { createInvitation, acceptInvitation } = await import('../src/server/db/invitations');
  const { createClassroom } = await import('../src/server/db/classrooms');
  const { createAssignment } = await import('../src/server/db/assignments');
  const { getContentLibrary } = await import('../src/server/content/library');

  const admin = await createOrPromoteAdmin({ email: 'bench-admin@example.com', name: 'Bench Admin', password: BENCH_PASSWORD });
  if (!admin.ok) throw new Error(`could not create the admin: ${admin.message}`);
  const trainerEmail = `bench-trainer-${Date.now()}@example.com`;
  const invitation = await createInvitation(await staffViewer('bench-admin@example.com', 'Bench Admin'), { email: trainerEmail, role: 'trainer' });
  if (!invitation.ok) throw new Error(`could not invite the trainer: ${invitation.message}`);
  const accepted = await acceptInvitation({ token: invitation.value.token, name: 'Bench Trainer', password: BENCH_PASSWORD, confirmPassword: BENCH_PASSWORD });
  if (!accepted.ok) throw new Error(`could not accept the invitation: ${accepted.message}`);
  const trainer = await staffViewer(trainerEmail, 'Bench Trainer');

  const library = getContentLibrary();
  if (!library.sets.has(setId)) throw new Error(`no quiz set ${setId}; sets: ${[...library.sets.keys()].join(', ')}`);
  const now = Date.now();
  const classes: SchoolClass[] = [];
  for (let index = 1; index <= classCount; index += 1) {
    const classroom = await createClassroom(trainer, { name: `Bench class ${index}` });
    const assignment = await createAssignment(
      trainer,
      {
        classroomId: classroom.id,
        setId,
        timeZone: 'Asia/Shanghai',
        opensAt: new Date(now - 60_000),
        closesAt: new Date(now + 24 * 60 * 60 * 1000),
        attemptsAllowed: 1,
        grading: 'highest',
        timeLimitMinutes: null,
        feedback: 'after-close',
        shuffleScenarios: false,
        shuffleOptions: true,
      },
      (id) => library.sets.has(id),
    );
    if (!assignment.ok) throw new Error(`could not create the assignment: ${assignment.message}`);
    classes.push({ id: classroom.id, joinCode: classroom.joinCode, assignmentId: assignment.value.id });
  }
  return { trainerEmail, setId, classes };
}

async function answerPlans(): Promise<AnswerPlans> {
  const { getContentLibrary } = await import('../src/server/content/library');
  const { DEFAULT_LOCALE } = await import('../src/domain/shared/locales');
  const library = getContentLibrary();
  const practiceSets = [...library.sets.values()]
    .filter((set) => set.isPractice)
    .map((set) => ({ id: set.id, itemCount: set.draw ?? set.scenarioIds.length }))
    .sort((a, b) => b.itemCount - a.itemCount);
  const decisions: AnswerPlans['decisions'] = {};
  for (const scenario of library.scenarios.values()) decisions[scenario.id] = [decisionResponse(scenario.byLocale[DEFAULT_LOCALE].questions[0])];
  return { practiceSets, decisions };
}

const { positionals, values } = parseArgs({ allowPositionals: true, options: { classes: { type: 'string', default: '1' }, set: { type: 'string' }, out: { type: 'string' } } });
if (!values.out) throw new Error('--out <file> is required');
const command = positionals[0];
const result =
  command === 'school' ? await prepareSchool(Number(values.classes), values.set ?? '') : command === 'answers' ? await answerPlans() : undefined;
if (!result) throw new Error(`unknown command "${command}": use school or answers`);
writeFileSync(values.out, JSON.stringify(result));
process.exit(0);
