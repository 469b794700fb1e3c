import Papa from 'papaparse';
import { describe, expect, it, vi } from 'vitest';
import { GET } from '@/app/api/assignments/[assignmentId]/results/route';
import { db } from '@/server/db/client';
import { actAsDevice, actAsStaff, resetRequest } from '../../../factories/request-context';
import { createClassWithTrainer, createStaff, createTestAssignment, joinAsStudent } from '../../../factories/classes';

vi.mock('next/headers', async () => (await import('../../../factories/request-context')).nextHeadersModule);

async function download(assignmentId: string, locale = 'zh-CN') {
  return GET(new Request(`http://localhost:3000/api/assignments/${assignmentId}/results?locale=${locale}`), { params: Promise.resolve({ assignmentId }) });
}

describe('results download', () => {
  it('gives the trainer a CSV of the class named after class and set', async () => {
    const { staff, classroomId, joinCode } = await createClassWithTrainer('三年级二班');
    const assignmentId = await createTestAssignment(staff, classroomId);
    await joinAsStudent(joinCode, '李雷', '2026001');
    await actAsStaff(staff.email);
    const response = await download(assignmentId);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="_ - _.csv"; filename*=UTF-8''${encodeURIComponent('三年级二班 - 测试题组.csv')}`);
    const text = await response.text();
    expect(text).toContain('姓名,学号,状态');
    expect(text).toContain('李雷,2026001,未开始,0,,,');
  });

  it('escapes a name that would run as a formula, also one stored before line breaks were refused', async () => {
    const { staff, classroomId, joinCode } = await createClassWithTrainer();
    const assignmentId = await createTestAssignment(staff, classroomId);
    const { studentId } = await joinAsStudent(joinCode, 'placeholder', '-1');
    // Names with line breaks can no longer be entered; a database from before may still hold one.
    await db.student.update({ where: { id: studentId }, data: { displayName: '=HYPERLINK("http://evil.example","x")\nAnn' } });
    await actAsStaff(staff.email);
    const rows = Papa.parse<string[]>((await (await download(assignmentId, 'en')).text()).slice(1), { newline: '\r\n' }).data;
    expect(rows[1].slice(0, 2)).toEqual(['\'=HYPERLINK("http://evil.example","x")\nAnn', "'-1"]);
  });

  it.each([
    ['another trainer', 404],
    ['a student of the class', 401],
    ['a signed-out visitor', 401],
  ] as const)('refuses %s', async (caller, status) => {
    const { staff, classroomId, joinCode } = await createClassWithTrainer();
    const assignmentId = await createTestAssignment(staff, classroomId);
    const student = await joinAsStudent(joinCode, 'Ann');
    if (caller === 'another trainer') await actAsStaff((await createStaff()).email);
    if (caller === 'a student of the class') actAsDevice(student.device);
    if (caller === 'a signed-out visitor') resetRequest();
    const response = await download(assignmentId, 'en');
    expect(response.status).toBe(status);
    expect(await response.text()).not.toContain('Ann');
  });
});
