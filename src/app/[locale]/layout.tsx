import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from '@/i18n/config';
import { getTranslator } from '@/i18n/get-messages';
import { SiteHeader } from '@/ui/shell/site-header';
import { SITE_VIEWPORT } from '@/ui/shell/viewport';
import '@/ui/styles/base.css';
import '@/ui/styles/quiz.css';
import '@/ui/styles/exhibits.css';
import '@/ui/styles/classes.css';
import '@/ui/styles/staff.css';
import '@/ui/styles/assignments.css';
import '@/ui/styles/results.css';

export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

export const viewport: Viewport = SITE_VIEWPORT;

/**
 * The locale the page is shown in. An address the proxy leaves alone can reach this layout with
 * something else in the locale's place; every page answers it with notFound(), in the default
 * language. (Addresses no route claims get src/app/global-not-found.tsx instead.)
 */
function layoutLocale(segment: string): Locale {
  return isLocale(segment) ? segment : DEFAULT_LOCALE;
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = getTranslator(layoutLocale((await params).locale));
  return { title: { default: t('app.name'), template: `%s · ${t('app.name')}` }, description: t('app.tagline') };
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = layoutLocale((await params).locale);
  return (
    <html lang={locale}>
      <body>
        <SiteHeader locale={locale} />
        <main id="main" className="site-main">
          {children}
        </main>
      </body>
    </html>
  );
}
