import type { Locale } from '@/i18n/config';
import { getTranslator } from '@/i18n/get-messages';
import { getDevice } from '@/server/auth/device';
import { getStaffViewer } from '@/server/auth/staff';
import { listDeviceStudents } from '@/server/db/students';
import { LanguageSwitcher } from '@/ui/language-switcher';
import { SiteNav } from '@/ui/nav/site-nav';

/** The skip link and the header every page shows: the brand, the navigation for who is here and the language switch. */
export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = getTranslator(locale);
  const [staff, students] = await Promise.all([getStaffViewer(), getDevice().then(listDeviceStudents)]);
  const studentLinks = students.length > 0 ? [{ href: `/${locale}/my`, label: t('nav.myAssignments') }] : [];
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <a className="brand" href={`/${locale}`}>
          <svg className="brand-mark" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M12 2 4 5v6c0 5 3.4 9.4 8 11 4.6-1.6 8-6 8-11V5l-8-3Z" fill="currentColor" />
            <path d="m8.5 12 2.5 2.5 4.5-5" stroke="#fff" strokeWidth="2" fill="none" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          {t('app.name')}
        </a>
        <SiteNav
          locale={locale}
          staff={staff && { name: staff.name, isAdmin: staff.role === 'admin' }}
          links={studentLinks}
          text={{
            label: t('nav.main'),
            staffSignIn: t('nav.staffSignIn'),
            classes: t('nav.classes'),
            admin: t('nav.admin'),
            signedInAs: t('nav.signedInAs', { name: staff?.name ?? '' }),
            signOut: t('nav.signOut'),
            signingOut: t('nav.signingOut'),
            signOutFailed: t('nav.signOutFailed'),
          }}
        />
        <LanguageSwitcher current={locale} label={t('nav.language')} />
      </header>
    </>
  );
}
