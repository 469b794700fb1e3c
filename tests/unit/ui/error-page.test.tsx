// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import ErrorPage from '@/app/[locale]/error';

// Framework boundary: the page reads its language from the route.
const params: { locale?: string } = {};
vi.mock('next/navigation', () => ({ useParams: () => params }));

describe('the error page', () => {
  it('says what happened in the page language and offers to try again or go home', async () => {
    params.locale = 'en';
    const reset = vi.fn();
    render(<ErrorPage error={new Error('boom')} reset={reset} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrongThe page could not be shown. Your answers so far are saved.');
    expect(screen.getByRole('link', { name: 'Back to the quiz sets' })).toHaveAttribute('href', '/en');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(reset).toHaveBeenCalledOnce();
  });

  it('speaks Chinese on Chinese pages and when the route names no language', () => {
    for (const locale of ['zh-CN', undefined]) {
      params.locale = locale;
      const { unmount } = render(<ErrorPage error={new Error('boom')} reset={() => {}} />);
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('出了点问题');
      expect(screen.getByRole('link', { name: '返回题组列表' })).toHaveAttribute('href', '/zh-CN');
      unmount();
    }
  });
});
