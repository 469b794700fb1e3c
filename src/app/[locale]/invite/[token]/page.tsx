import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { linkTokenSchema } from '@/domain/accounts/schemas';
import { formatDateTime } from '@/domain/shared/time-zones';
import { isLocale } from '@/i18n/config';
import { getTranslator } from '@/i18n/get-messages';
import { acceptInvitationAction } from '@/server/actions/staff';
import { getStaffViewer } from '@/server/auth/staff';
import { getInvitationLink } from '@/server/db/invitations';
import { AccountForm } from '@/ui/auth/account-form';
import { buildAccountFormText } from '@/ui/auth/account-form-text';
import { LinkStateNotice } from '@/ui/auth/link-state-notice';

type Props = { params: Promise<{ locale: string; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  // The token is a password-like secret: keep the page out of indexes and Referer headers.
  return isLocale(locale) ? { title: getTranslator(locale)('invite.title'), robots: { index: false, follow: false }, referrer: 'same-origin' } : {};
}

export default async function InvitePage({ params }: Props) {
  const { locale, token } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale);
  const link = linkTokenSchema.safeParse(token).success ? await getInvitationLink(token) : undefined;
  // Expiry times in the server's zone, named, so nobody reads them as their own local time.
  const formatDate = (instant: Date) => formatDateTime(instant, locale, Intl.DateTimeFormat().resolvedOptions().timeZone);
  const inviter = link?.invitedBy ? `${link.invitedBy.name} (${link.invitedBy.email})` : t('invite.anAdmin');

  if (!link || link.kind !== 'invitation' || link.state !== 'pending') {
    const state = link?.kind === 'invitation' ? link.state : 'unknown';
    return (
      <LinkStateNotice
        title={t(`invite.state.${state}.title`)}
        body={t(`invite.state.${state}.body`, { date: link ? formatDate(link.expiresAt) : '', inviter })}
        signInHref={`/${locale}/sign-in`}
        signInLabel={t('invite.toSignIn')}
      />
    );
  }

  // Often the inviting admin trying the link: accepting signs them out of this browser.
  const signedIn = await getStaffViewer();
  return (
    <section className="staff-page account-page">
      <h1>{t('invite.title')}</h1>
      <p className="lead">{t('invite.intro', { inviter, role: t(`admin.role.${link.role}`) })}</p>
      <p>{t('invite.details', { email: link.email ?? '', date: formatDate(link.expiresAt) })}</p>
      {signedIn && <p className="notice">{t('invite.signedInHere', { name: signedIn.name })}</p>}
      <AccountForm action={acceptInvitationAction} hidden={{ token, locale }} askEmail={false} text={buildAccountFormText(t)} />
    </section>
  );
}
