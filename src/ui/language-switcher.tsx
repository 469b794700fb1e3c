'use client';

import { usePathname } from 'next/navigation';
import { LOCALES, type Locale } from '@/domain/shared/locales';

const NAMES: Record<Locale, string> = { 'zh-CN': '中文', en: 'English' };

/** Links to the same page in the other language; the server remembers the choice in a cookie. */
export function LanguageSwitcher({ current, label }: { current: Locale; label: string }) {
  const pathname = usePathname() ?? `/${current}`;
  const rest = pathname.replace(/^\/[^/]+/, '');
  return (
    <nav aria-label={label} className="language-switcher">
      {LOCALES.map((locale) =>
        locale === current ? (
          <span key={locale} aria-current="true" lang={locale} className="current">
            {NAMES[locale]}
          </span>
        ) : (
          <a key={locale} href={`/${locale}${rest}`} hrefLang={locale} lang={locale}>
            {NAMES[locale]}
          </a>
        ),
      )}
    </nav>
  );
}
