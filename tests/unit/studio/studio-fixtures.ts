import en from '@/i18n/messages/en.json';
import zhCN from '@/i18n/messages/zh-CN.json';
import type { DraftCheckInput } from '@/domain/studio/schemas';
import type { DraftCheckOutcome } from '@/domain/studio/check-outcome';
import { checkDraftForEditor } from '@/domain/studio/preview';
import { scenarioTemplate } from '@/domain/studio/templates';
import { createTranslator } from '@/i18n/translate';
import { buildStudentScreenText } from '@/ui/studio/preview-text';
import { buildStudioEditorText } from '@/ui/studio/studio-text';

const CATALOGUES = { 'zh-CN': zhCN, en };

/** The studio's strings as the English page gets them. */
export const studioText = buildStudioEditorText(createTranslator(en));
export const screens = buildStudentScreenText((locale) => ({ t: createTranslator(CATALOGUES[locale]), messages: CATALOGUES[locale] }));

/** The checker the action runs, called in-process: what the editor gets back for a draft. */
export async function checkInProcess(input: DraftCheckInput): Promise<DraftCheckOutcome> {
  return { ok: true, ...checkDraftForEditor(input.id, input.files) };
}

/** One scenario whose body holds an exhibit of every kind, in both languages. */
export function everyExhibitScenario() {
  const base = scenarioTemplate('sms', 'every-exhibit');
  const extra = [
    '```chat',
    'with: Shop helper',
    'me: Lin',
    '---',
    '10:01 Shop helper: Hello there',
    '```',
    '',
    '```call',
    'caller: 400 000 0000',
    '---',
    'Caller: Good morning',
    '```',
    '',
    '```email',
    'from: shop@example.com',
    'to: lin@example.com',
    'subject: Your receipt',
    '---',
    'Thank you for your order.',
    '```',
    '',
    '```payment',
    'status: Paid',
    'amount: ¥ 10.00',
    '---',
    'Payee: Shop',
    '```',
    '',
    '```web',
    'url: https://shop.example.com/order',
    'title: Order page',
    '---',
    '# My orders',
    '```',
    '',
    '```qr',
    'url: https://shop.example.com/pickup',
    'caption: Pickup code',
    '```',
    '',
    '```image',
    'src: media/receipt.png',
    'alt: A shop receipt',
    '```',
    '',
  ].join('\n');
  return { 'zh-CN': `${base['zh-CN']}\n${extra}`, en: `${base.en}\n${extra}` };
}
