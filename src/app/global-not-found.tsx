import type { Metadata, Viewport } from 'next';
import { getTranslator } from '@/i18n/get-messages';
import { requestLocale } from '@/i18n/request-locale';
import { NotFoundView } from '@/ui/shell/not-found-view';
import { SiteHeader } from '@/ui/shell/site-header';
import { SITE_VIEWPORT } from '@/ui/shell/viewport';
import '@/ui/styles/base.css';
import '@/ui/styles/quiz.css';
import '@/ui/styles/exhibits.css';
import '@/ui/styles/classes.css';
import '@/ui/styles/staff.css';
import '@/ui/styles/assignments.css';

export const viewport: Viewport = SITE_VIEWPORT;

export async function generateMetadata(): Promise<Metadata> {
  const t = getTranslator(await requestLocale());
  return { title: `${t('notFound.title')} · ${t('app.name')}` };
}

/**
 * Any address no route claims, in the visitor's language. Next.js renders it on the server in full
 * (the not-found page under [locale] would arrive as an empty shell filled in by the browser).
 */
export default async function GlobalNotFound() {
  const locale = await requestLocale();
  return (
    <html lang={locale}>
      <body>
        <SiteHeader locale={locale} />
        <main id="main" className="site-main">
          <NotFoundView locale={locale} />
        </main>
      </body>
    </html>
  );
}
