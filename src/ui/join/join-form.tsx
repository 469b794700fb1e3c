'use client';

import type { FormAction } from '@/domain/shared/form-state';
import { StudentForm, type StudentFormText } from './student-form';

/** Joins a class with its code, a name and an optional student number. */
export function JoinForm({ locale, code, codeError, action, text }: { locale: string; code?: string; codeError?: string; action: FormAction; text: StudentFormText }) {
  return <StudentForm idPrefix="join" locale={locale} code={code} codeError={codeError} isNumberRequired={false} action={action} text={text} />;
}
