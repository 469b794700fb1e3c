import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { linkTokenSchema } from '@/domain/accounts/schemas';
import { formatDateTime } from '@/domain/shared/time-zones';
import { isLocale } from '@/i18n/config';
import { getTranslator } from '@/i18n/get-messages';
import { completeSetupAction } from '@/server/actions/staff';
import { getInvitationLink } from '@/server/db/invitations';
import { hasAdmin } from '@/server/db/users';
import { AccountForm } from '@/ui/auth/account-form';
import { buildAccountFormText } from '@/ui/auth/account-form-text';
import { LinkStateNotice } from '@/ui/auth/link-state-notice';

type Props = { params: Promise<{ locale: string; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  // The token is a password-like secret: keep the page out of indexes and Referer headers.
  return isLocale(locale) ? { title: getTranslator(locale)('setup.title'), robots: { index: false, follow: false }, referrer: 'same-origin' } : {};
}

export default async function SetupPage({ params }: Props) {
  const { locale, token } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale);
  const link = linkTokenSchema.safeParse(token).success ? await getInvitationLink(token) : undefined;
  // Expiry times in the server's zone, named, so nobody reads them as their own local time.
  const formatDate = (instant: Date) => formatDateTime(instant, locale, Intl.DateTimeFormat().resolvedOptions().timeZone);
  const isDone = await hasAdmin();

  if (isDone || !link || link.kind !== 'setup' || link.state !== 'pending') {
    const state = link?.kind === 'setup' && link.state === 'accepted' ? 'accepted' : isDone ? 'done' : link?.kind === 'setup' ? link.state : 'unknown';
    return (
      <LinkStateNotice
        title={t(`setup.state.${state}.title`)}
        body={t(`setup.state.${state}.body`, { date: link ? formatDate(link.expiresAt) : '' })}
        signInHref={`/${locale}/sign-in`}
        signInLabel={t('invite.toSignIn')}
      />
    );
  }

  return (
    <section className="staff-page account-page">
      <h1>{t('setup.title')}</h1>
      <p className="lead">{t('setup.intro', { date: formatDate(link.expiresAt) })}</p>
      <AccountForm action={completeSetupAction} hidden={{ token, locale }} askEmail text={buildAccountFormText(t)} />
    </section>
  );
}
