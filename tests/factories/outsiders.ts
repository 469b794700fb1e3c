import en from '@/i18n/messages/en.json';
import { createClassWithTrainer, joinAsStudent } from './classes';
import { actAsDevice, actAsStaff, resetRequest } from './request-context';

/**
 * Everyone but an admin, each with the request context to act as and the refusal an admin-only
 * action answers them with: a trainer, a student's device and a visitor.
 */
export async function nonAdminCallers(): Promise<{ who: string; act: () => Promise<void>; message: string }[]> {
  const { staff: trainer, joinCode } = await createClassWithTrainer();
  const { device } = await joinAsStudent(joinCode);
  return [
    { who: 'trainer', act: () => actAsStaff(trainer.email), message: en['errors.auth.forbidden'] },
    { who: 'student device', act: async () => void actAsDevice(device), message: en['errors.auth.signInRequired'] },
    { who: 'visitor', act: async () => resetRequest(), message: en['errors.auth.signInRequired'] },
  ];
}
