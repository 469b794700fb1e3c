import { describe, expect, it } from 'vitest';
import { checkScenarioDraft } from '@/domain/studio/draft-check';
import { keyResponses } from '@/domain/studio/preview';
import { TEMPLATE_CHANNELS, scenarioTemplate } from '@/domain/studio/templates';

describe('checkScenarioDraft', () => {
  it.each(TEMPLATE_CHANNELS)('accepts the %s template in both languages as it is', (channel) => {
    const check = checkScenarioDraft(`new-${channel}`, scenarioTemplate(channel, `new-${channel}`));
    expect(check.issues).toEqual([]);
    expect(check.scenario?.byLocale.en.channel).toBe(channel);
  });

  it('places a problem in its language at its line and column, and gives no scenario', () => {
    const files = scenarioTemplate('email', 'mail');
    const check = checkScenarioDraft('mail', { ...files, 'zh-CN': files['zh-CN'].replace('verdict: scam', 'verdict: maybe') });
    expect(check.issues).toEqual([{ locale: 'zh-CN', line: 6, column: 10, message: '"verdict" must be one of: scam, legitimate', severity: 'error' }]);
    expect(check.scenario).toBeUndefined();
  });

  it('refuses an id in the text that differs from the scenario being edited', () => {
    const files = scenarioTemplate('sms', 'kept-id');
    const check = checkScenarioDraft('kept-id', { ...files, en: files.en.replace('id: kept-id', 'id: other-id') });
    expect(check.issues.map((issue) => [issue.locale, issue.line, issue.message])).toEqual([['en', 2, 'id "other-id" does not match the file name "kept-id"; make them the same']]);
  });

  it('reports an empty language in place', () => {
    const check = checkScenarioDraft('half', { ...scenarioTemplate('sms', 'half'), en: '  \n' });
    expect(check.issues).toEqual([expect.objectContaining({ locale: 'en', line: 1, column: 1, message: expect.stringContaining('this language is empty') })]);
  });

  it('reports where the translation disagrees with the default language', () => {
    const files = scenarioTemplate('sms', 'agree');
    const check = checkScenarioDraft('agree', { ...files, en: files.en.replace('difficulty: 1', 'difficulty: 2') });
    expect(check.issues).toEqual([
      { locale: 'en', line: 7, column: 13, severity: 'error', message: 'difficulty is 2 here but 1 in content/scenarios/agree.zh-CN.md; translations must agree on everything but the words' },
    ]);
    expect(check.scenario).toBeUndefined();
  });
});

describe('keyResponses', () => {
  it('answers every question with its key, the spot question with the red-flag lines', () => {
    const check = checkScenarioDraft('key', scenarioTemplate('phone-call', 'key'));
    expect(keyResponses(check.scenario!.byLocale.en)).toEqual({ q1: { type: 'single', choice: 'check-app' }, q2: { type: 'spot', lines: ['0-1', '0-4', '0-6'] } });
  });
});
