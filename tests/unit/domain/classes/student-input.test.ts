import { describe, expect, it } from 'vitest';
import { formatRecoveryCode, isWellFormedRecoveryCode, recoveryCodeFromBytes } from '@/domain/classes/recovery-code';
import { joinClassSchema, recoverStudentSchema } from '@/domain/classes/schemas';
import { hasControlCharacters } from '@/domain/shared/text';

describe('hasControlCharacters', () => {
  it.each(['Ann\nLee', 'Ann\r', '\tAnn', 'A\u0000', 'A\u007F', 'A\u0085', 'A\u2028B', 'A\u2029B', 'abc\u202Efed', 'A\u2066B'])('finds one in %j', (text) => {
    expect(hasControlCharacters(text)).toBe(true);
  });

  it.each(['Ann Lee', '张伟', 'Zoë O\'Brien', '👩‍🎓 Mia', '=1+1'])('finds none in %j', (text) => {
    expect(hasControlCharacters(text)).toBe(false);
  });
});

describe('the join and recover forms', () => {
  it('refuse a name or number with a line break inside, but trim one at the ends', () => {
    expect(joinClassSchema.safeParse({ code: 'K7M2QX', displayName: '=1+1\nAnn', studentNumber: '' }).error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([['displayName', 'errors.join.nameControl']]);
    expect(joinClassSchema.safeParse({ code: 'K7M2QX', displayName: 'Ann', studentNumber: '1\t7' }).error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([['studentNumber', 'errors.join.numberControl']]);
    expect(joinClassSchema.parse({ code: 'K7M2QX', displayName: ' Ann\n', studentNumber: '17\r\n' })).toEqual({ code: 'K7M2QX', displayName: 'Ann', studentNumber: '17' });
  });

  it('read a recovery code as people type it, and refuse one that cannot be', () => {
    const base = { code: 'K7M2QX', displayName: 'Ann', studentNumber: '17' };
    expect(recoverStudentSchema.parse({ ...base, recoveryCode: ' k7pq-m3xz ' }).recoveryCode).toBe('K7PQM3XZ');
    for (const recoveryCode of ['', 'K7PQ-M3X', 'K7PQ-M3XZ9', 'K7PQ-M3X0', undefined]) {
      expect(recoverStudentSchema.safeParse({ ...base, recoveryCode }).error?.issues.map((issue) => issue.message)).toEqual(['errors.recover.code']);
    }
  });
});

describe('recovery codes', () => {
  it('are eight characters of the join code alphabet, shown in two groups', () => {
    const code = recoveryCodeFromBytes(new Uint8Array([0, 1, 2, 3, 30, 31, 255, 128]));
    expect(code).toHaveLength(8);
    expect(isWellFormedRecoveryCode(code)).toBe(true);
    expect(formatRecoveryCode('K7PQM3XZ')).toBe('K7PQ-M3XZ');
    expect(() => recoveryCodeFromBytes(new Uint8Array(7))).toThrow();
  });
});
