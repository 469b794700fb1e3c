'use client';

import type { FormAction } from '@/domain/shared/form-state';
import { StudentForm, type StudentFormText } from './student-form';

/** Continues an existing student record on a new device: class code, name, student number and the trainer's one-time code. */
export function RecoverForm({ locale, action, text }: { locale: string; action: FormAction; text: StudentFormText }) {
  return <StudentForm idPrefix="recover" locale={locale} isNumberRequired action={action} text={text} />;
}
