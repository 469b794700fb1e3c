import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import GiftImportPage from '@/app/[locale]/admin/content/import/page';
import { MAX_GIFT_BYTES } from '@/domain/content/gift/gift-import-run';
import type { GiftImportState } from '@/domain/studio/gift-import-outcome';
import en from '@/i18n/messages/en.json';
import { importGiftAction } from '@/server/actions/gift-import';
import { getContentLibrary } from '@/server/content/library';
import { db } from '@/server/db/client';
import { getContentEntry } from '@/server/db/content-revisions';
import { createClassWithTrainer, createStaff, joinAsStudent } from '../../../factories/classes';
import { contentSnapshot, resetContent } from '../../../factories/content-revisions';
import { digestOf, html, params } from '../../../factories/render-page';
import { actAsDevice, actAsStaff, resetRequest } from '../../../factories/request-context';

vi.mock('next/headers', async () => (await import('../../../factories/request-context')).nextHeadersModule);

const IDLE: GiftImportState = { status: 'idle' };
const GIFT = new Uint8Array(readFileSync(resolve('tests/fixtures/gift/scam-awareness.zh-CN.gift')));
const SAMPLES = new Uint8Array(readFileSync(resolve('tests/fixtures/gift/moodle-samples.en.gift')));
const GIFT_TEXT = new TextDecoder().decode(GIFT);

/** The import form as the browser sends it: an uploaded file or pasted text, and the questions' language. */
function giftForm({ file, name = 'questions.gift', text = '', language = 'zh-CN' }: { file?: Uint8Array<ArrayBuffer>; name?: string; text?: string; language?: string }): FormData {
  const form = new FormData();
  form.set('locale', 'en');
  form.set('file', file ? new File([file], name, { type: 'text/plain' }) : new File([], '', { type: 'application/octet-stream' }));
  form.set('text', text);
  form.set('language', language);
  return form;
}

beforeEach(() => resetContent());

async function asAdmin() {
  const admin = await createStaff('admin');
  await actAsStaff(admin.email);
  return admin;
}

describe('importGiftAction', () => {
  it('saves each question as a draft scenario and each category as a draft set, unpublished, as revisions of source "import"', async () => {
    const admin = await asAdmin();
    const before = getContentLibrary().scenarios.size;
    const state = await importGiftAction(IDLE, giftForm({ file: GIFT, name: 'scam-awareness.zh-CN.gift' }));
    expect(state.status).toBe('imported');
    if (state.status !== 'imported') return;
    expect(state.message).toBe('7 of 7 questions imported as draft scenarios; draft sets: 2. Nothing is published.');
    // The fixture library has a real-notice already: that question gets a numbered id.
    expect(state.report.scenarios.map((scenario) => scenario.id)).toEqual(['price-relink', 'refund-call-red-flags', 'escapes-in-a-link', 'fake-payment-screenshot', 'real-notice-2', 'gift-6', 'gift-7']);
    expect(state.report.sets.map((set) => set.id)).toEqual(['scam-awareness-zh-cn', 'scam-awareness-zh-cn-2']);

    const entry = await getContentEntry(admin, 'scenario', 'price-relink');
    expect(entry.ok && entry.value).toMatchObject({ published: null, latest: { number: 1, source: 'import', authorName: admin.name } });
    expect(entry.ok && entry.value.latest.files[0].text).toContain('Draft imported from scam-awareness.zh-CN.gift line 9');
    const set = await getContentEntry(admin, 'set', 'scam-awareness-zh-cn');
    expect(set.ok && set.value).toMatchObject({ published: null, latest: { source: 'import' } });
    // Students see nothing new.
    expect(getContentLibrary().scenarios.size).toBe(before);
  });

  it('reports every unsupported question and construct with its line and column, and imports the rest', async () => {
    await asAdmin();
    const state = await importGiftAction(IDLE, giftForm({ file: SAMPLES, name: 'moodle-samples.en.gift', language: 'en' }));
    if (state.status !== 'imported') throw new Error(state.status === 'error' ? state.message : 'idle');
    expect(state.report.problems).toContainEqual({ line: 13, column: 53, severity: 'error', message: expect.stringContaining('a short-answer question') });
    expect(state.report.problems).toContainEqual({ line: 7, column: 59, severity: 'error', message: expect.stringContaining('an essay question') });
    expect(state.report.summary.refused).toBe(state.report.problems.filter((problem) => problem.severity === 'error').length);
    expect(state.report.summary.questions).toBe(state.report.summary.imported + state.report.summary.refused);
    const rows = await db.contentRevision.count({ where: { source: 'import', kind: 'scenario' } });
    expect(rows).toBe(state.report.scenarios.length);
  });

  it('refuses the same file a second time, naming the drafts it made, and writes nothing', async () => {
    await asAdmin();
    expect((await importGiftAction(IDLE, giftForm({ file: GIFT, name: 'scam-awareness.zh-CN.gift' }))).status).toBe('imported');
    const before = await contentSnapshot();
    const again = await importGiftAction(IDLE, giftForm({ file: GIFT, name: 'scam-awareness.zh-CN.gift' }));
    expect(again).toMatchObject({ status: 'error', message: en['studio.gift.errors.alreadyImported'].replace('{count}', '7').replace('{total}', '7') });
    expect(again.status === 'error' && again.earlier?.[0]).toEqual({ line: 9, earlierId: 'price-relink' });
    expect(await contentSnapshot()).toEqual(before);
    // Pasted, the same questions are recognised as well once they were pasted before.
    expect((await importGiftAction(IDLE, giftForm({ text: GIFT_TEXT }))).status).toBe('imported');
    expect((await importGiftAction(IDLE, giftForm({ text: GIFT_TEXT }))).status).toBe('error');
  });

  it('gives a question whose id is taken by another scenario a numbered id instead', async () => {
    await asAdmin();
    const gift = '::Relink chat:: Is this a scam? {T}\n';
    const state = await importGiftAction(IDLE, giftForm({ text: gift, language: 'en' }));
    expect(state.status === 'imported' && state.report.scenarios.map((scenario) => scenario.id)).toEqual(['relink-chat-2']);
  });

  it.each([
    ['no file and no text', giftForm({}), en['studio.gift.errors.empty']],
    ['a file and text', giftForm({ file: GIFT, text: '::A:: B {T}' }), en['studio.gift.errors.both']],
    ['a file that is not UTF-8', giftForm({ file: Uint8Array.from([0xca, 0xc7, 0xc2, 0xf0, 0x7b, 0x54, 0x7d]) }), en['studio.gift.errors.notUtf8']],
    ['no language', giftForm({ text: '::A:: B {T}', language: 'fr' }), en['studio.gift.errors.language']],
    [
      'a file over the limit',
      giftForm({ file: new Uint8Array(MAX_GIFT_BYTES + 1).fill(0x61) }),
      en['studio.gift.errors.tooLarge'].replace('{size}', String(Math.ceil((MAX_GIFT_BYTES + 1) / 1024))).replace('{max}', String(MAX_GIFT_BYTES / 1024)),
    ],
  ])('refuses %s with a clear message, writing nothing', async (_case, form, message) => {
    await asAdmin();
    const before = await contentSnapshot();
    expect(await importGiftAction(IDLE, form)).toEqual({ status: 'error', message });
    expect(await contentSnapshot()).toEqual(before);
  });
});

describe('forbidden requests', () => {
  it('refuse a trainer, a student’s device and a visitor the import, changing nothing', async () => {
    const { staff: trainer, joinCode } = await createClassWithTrainer();
    const { device } = await joinAsStudent(joinCode);
    const callers = [
      { who: 'trainer', act: () => actAsStaff(trainer.email), message: en['errors.auth.forbidden'] },
      { who: 'student device', act: async () => void actAsDevice(device), message: en['errors.auth.signInRequired'] },
      { who: 'visitor', act: async () => resetRequest(), message: en['errors.auth.signInRequired'] },
    ];
    const before = await contentSnapshot();
    for (const caller of callers) {
      await caller.act();
      expect(await importGiftAction(IDLE, giftForm({ file: GIFT })), caller.who).toEqual({ status: 'error', message: caller.message });
    }
    expect(await contentSnapshot()).toEqual(before);
  });

  it('shows the page to an admin only', async () => {
    await asAdmin();
    expect(await html(await GiftImportPage(params({ locale: 'en' })))).toContain('Import from Moodle (GIFT)');
    const trainer = await createStaff('trainer');
    await actAsStaff(trainer.email);
    expect(await digestOf(GiftImportPage(params({ locale: 'en' })))).toContain('NEXT_HTTP_ERROR_FALLBACK;404');
    resetRequest();
    expect(await digestOf(GiftImportPage(params({ locale: 'en' })))).toContain('NEXT_REDIRECT');
  });
});
