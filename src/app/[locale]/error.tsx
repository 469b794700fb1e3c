'use client';

import { useParams } from 'next/navigation';
import en from '@/i18n/messages/en.json';
import zhCN from '@/i18n/messages/zh-CN.json';

// An error boundary cannot load the server catalogue, so it carries its own few strings.
const TEXT = {
  en: { title: en['error.title'], body: en['error.body'], retry: en['error.retry'], home: en['summary.backHome'] },
  'zh-CN': { title: zhCN['error.title'], body: zhCN['error.body'], retry: zhCN['error.retry'], home: zhCN['summary.backHome'] },
};

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const params = useParams<{ locale?: string }>();
  const locale = params?.locale === 'en' ? 'en' : 'zh-CN';
  const text = TEXT[locale];
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
