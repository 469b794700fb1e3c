// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { EXHIBIT_KINDS } from '@/domain/content/taxonomy';
import { checkDraftForEditor } from '@/domain/studio/preview';
import { scenarioTemplate } from '@/domain/studio/templates';
import { StudioPreview } from '@/ui/studio/studio-preview';
import { everyExhibitScenario, screens, studioText } from './studio-fixtures';

function previewsOf(id: string, files: { 'zh-CN': string; en: string }) {
  const { issues, previews } = checkDraftForEditor(id, files);
  if (!previews) throw new Error(JSON.stringify(issues));
  return previews;
}

describe('StudioPreview', () => {
  it('draws every exhibit kind with the components students see, inside the phone frame', () => {
    const previews = previewsOf('every-exhibit', everyExhibitScenario());
    render(<StudioPreview previews={previews} isStale={false} initialLocale="en" screens={screens} text={studioText.preview} />);
    const phone = screen.getByRole('region', { name: "The student's phone" });
    for (const kind of EXHIBIT_KINDS) expect(phone.querySelector(`figure.phone-${kind}`), kind).not.toBeNull();
    expect(within(phone).getByRole('img', { name: 'A shop receipt' })).toHaveAttribute('src', '/media/receipt.png');
    // Both stages, as the student meets them, with the options in their written order.
    expect(within(phone).getByRole('heading', { name: 'Step 1: your decision' })).toBeInTheDocument();
    expect(within(phone).getByRole('heading', { name: 'Step 2: explain it' })).toBeInTheDocument();
    const options = within(phone).getAllByRole('radio').map((radio) => radio.closest('label')!.textContent);
    expect(options).toEqual(['Do what they ask at once, so nothing goes wrong', 'First check it yourself in the official app', 'Reply and ask them to prove who they are', 'Forward it to a friend and ask what they think']);
    // Before "as answered" nothing gives the key away.
    expect(phone).not.toHaveTextContent('Correct answer');
    expect(phone).not.toHaveTextContent('Pressure to hurry');
  });

  it('shows the feedback state "as answered": explanations, red flags and the key', async () => {
    const previews = previewsOf('feedback', scenarioTemplate('sms', 'feedback'));
    render(<StudioPreview previews={previews} isStale={false} initialLocale="en" screens={screens} text={studioText.preview} />);
    await userEvent.click(screen.getByRole('checkbox', { name: 'As answered' }));
    const phone = screen.getByRole('region', { name: "The student's phone" });
    expect(within(phone).getByText('Correct answer').closest('li')).toHaveTextContent('First check it yourself in the official app');
    expect(phone).toHaveTextContent('The more they hurry you, the more you should stop.');
    expect(phone).toHaveTextContent('They pose as the platform, set a deadline');
    expect(within(phone).getAllByText('Pressure to hurry').length).toBeGreaterThan(0);
    expect(phone).toHaveTextContent('Correct · 100%');

    await userEvent.click(screen.getByRole('checkbox', { name: 'As answered' }));
    expect(phone).not.toHaveTextContent('Correct answer');
  });

  it('switches to the other language, drawn with that language’s student strings', async () => {
    const previews = previewsOf('feedback', scenarioTemplate('sms', 'feedback'));
    render(<StudioPreview previews={previews} isStale={false} initialLocale="en" screens={screens} text={studioText.preview} />);
    await userEvent.click(screen.getByRole('button', { name: '中文 (zh-CN)' }));
    const phone = screen.getByRole('region', { name: "The student's phone" });
    expect(phone).toHaveAttribute('lang', 'zh-CN');
    expect(phone).toHaveTextContent('先打开官方 App 自己核实一下');
    expect(within(phone).getByRole('heading', { name: '第一步：你的判断' })).toBeInTheDocument();
  });

  it('renders Markdown sanitised as for files: no raw HTML, no script links', () => {
    const files = scenarioTemplate('sms', 'unsafe');
    const unsafe = (text: string) => text.replace('\n```sms', '<img src=x onerror=alert(1)> [tap](javascript:alert(1)) <script>alert(2)</script>\n\n```sms');
    const previews = previewsOf('unsafe', { 'zh-CN': unsafe(files['zh-CN']), en: unsafe(files.en) });
    const { container } = render(<StudioPreview previews={previews} isStale={false} initialLocale="en" screens={screens} text={studioText.preview} />);
    expect(container.querySelector('.prose img, .prose script, [onerror]')).toBeNull();
    expect(container.querySelector('a[href^="javascript"]')).toBeNull();
    expect(container.querySelector('.prose')).toHaveTextContent('<img src=x onerror=alert(1)>');
  });

  it('says what to do when there is no preview yet, and when it shows an older version', () => {
    const { rerender } = render(<StudioPreview isStale={false} initialLocale="en" screens={screens} text={studioText.preview} />);
    expect(screen.getByText(/No preview yet: fix the errors/)).toBeInTheDocument();
    rerender(<StudioPreview previews={previewsOf('feedback', scenarioTemplate('sms', 'feedback'))} isStale initialLocale="en" screens={screens} text={studioText.preview} />);
    expect(screen.getByRole('status')).toHaveTextContent('the preview shows the last version without errors');
  });
});
