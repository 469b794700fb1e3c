'use client';

import { useParams } from 'next/navigation';
import { ERROR_BOUNDARY_TEXT } from '@/i18n/error-boundary-text';

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const params = useParams<{ locale?: string }>();
  const locale = params?.locale === 'en' ? 'en' : 'zh-CN';
  const text = ERROR_BOUNDARY_TEXT[locale];
  return (
    <div className="notice-page" role="alert">
      <h1>{text.title}</h1>
      <p>{text.body}</p>
      <div className="summary-actions">
        <button type="button" className="button primary" onClick={() => reset()}>
          {text.retry}
        </button>
        <a className="button secondary" href={`/${locale}`}>
          {text.home}
        </a>
      </div>
    </div>
  );
}
