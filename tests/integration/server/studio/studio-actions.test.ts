import { describe, expect, it, vi } from 'vitest';
import ScenarioEditorPage from '@/app/[locale]/admin/content/[id]/page';
import { scenarioTemplate } from '@/domain/studio/templates';
import en from '@/i18n/messages/en.json';
import { checkDraftAction } from '@/server/actions/studio';
import { createClassWithTrainer, createStaff, joinAsStudent } from '../../../factories/classes';
import { digestOf, html, params } from '../../../factories/render-page';
import { actAsDevice, actAsStaff, resetRequest } from '../../../factories/request-context';

vi.mock('next/headers', async () => (await import('../../../factories/request-context')).nextHeadersModule);

const draft = { id: 'studio-check', files: scenarioTemplate('sms', 'studio-check') };

describe('checkDraftAction', () => {
  it('checks an admin’s draft and returns the preview of both languages', async () => {
    const admin = await createStaff('admin');
    await actAsStaff(admin.email);
    const outcome = await checkDraftAction('en', draft);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.issues).toEqual([]);
    expect(outcome.previews?.['zh-CN'].answered.scenario.title).toBe('短信说订单异常，附一个链接');
    expect(outcome.previews?.en.play.decision).toHaveLength(1);
  });

  it('returns the problems of a broken draft at their line and column, without a preview', async () => {
    const admin = await createStaff('admin');
    await actAsStaff(admin.email);
    const outcome = await checkDraftAction('en', { ...draft, files: { ...draft.files, en: draft.files.en.replace('channel: sms', 'channel: fax') } });
    expect(outcome).toEqual({ ok: true, issues: [expect.objectContaining({ locale: 'en', line: 5, column: 10, severity: 'error' })] });
  });

  it('refuses a draft it cannot read, saying what is wrong', async () => {
    const admin = await createStaff('admin');
    await actAsStaff(admin.email);
    expect(await checkDraftAction('en', { id: 'Not An Id', files: draft.files })).toEqual({ ok: false, message: en['studio.errors.invalidDraft'] });
    expect(await checkDraftAction('en', { id: 'x', files: { en: 'a'.repeat(100_001), 'zh-CN': '' } })).toEqual({ ok: false, message: en['studio.errors.invalidDraft'] });
  });

  it('refuses a trainer, a student’s device and a visitor', async () => {
    const { staff: trainer, joinCode } = await createClassWithTrainer();
    await actAsStaff(trainer.email);
    expect(await checkDraftAction('en', draft)).toEqual({ ok: false, message: en['errors.auth.forbidden'] });

    const { device } = await joinAsStudent(joinCode);
    actAsDevice(device);
    expect(await checkDraftAction('en', draft)).toEqual({ ok: false, message: en['errors.auth.signInRequired'] });

    resetRequest();
    expect(await checkDraftAction('en', draft)).toEqual({ ok: false, message: en['errors.auth.signInRequired'] });
  });
});

describe('the scenario editor page', () => {
  it('opens a bundled scenario’s two files for an admin', async () => {
    const admin = await createStaff('admin');
    await actAsStaff(admin.email);
    const page = await html(await ScenarioEditorPage(params({ locale: 'en', id: 'relink-chat' })));
    expect(page).toContain('Edit scenario relink-chat');
    expect(page).toContain('relink-chat.zh-CN.md');
  });

  it('is no page for a trainer, and sends a visitor to sign in', async () => {
    const trainer = await createStaff('trainer');
    await actAsStaff(trainer.email);
    expect(await digestOf(ScenarioEditorPage(params({ locale: 'en', id: 'relink-chat' })))).toContain('NEXT_HTTP_ERROR_FALLBACK;404');
    resetRequest();
    expect(await digestOf(ScenarioEditorPage(params({ locale: 'en', id: 'relink-chat' })))).toContain('NEXT_REDIRECT');
  });
});
