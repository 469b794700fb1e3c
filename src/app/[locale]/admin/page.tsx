import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { formatDateTime } from '@/domain/shared/time-zones';
import { isLocale } from '@/i18n/config';
import { getTranslator } from '@/i18n/get-messages';
import { disableStaffAction, enableStaffAction, inviteStaffAction, revokeInvitationAction } from '@/server/actions/staff';
import { getStaffForPage } from '@/server/auth/staff';
import { listPendingInvitations } from '@/server/db/invitations';
import { listStaff } from '@/server/db/users';
import { InviteForm } from '@/ui/admin/invite-form';
import { buildInviteFormText } from '@/ui/admin/invite-form-text';
import { RowActionForm } from '@/ui/admin/row-action-form';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getTranslator(locale)('admin.title') } : {};
}

export default async function AdminPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const admin = await getStaffForPage(locale, `/${locale}/admin`, 'admin');
  const t = getTranslator(locale);
  const [staff, invitations] = await Promise.all([listStaff(admin), listPendingInvitations(admin)]);
  if (!staff.ok || !invitations.ok) notFound();
  // Expiry times in the server's zone, named, so nobody reads them as their own local time.
  const formatDate = (instant: Date) => formatDateTime(instant, locale, Intl.DateTimeFormat().resolvedOptions().timeZone);

  return (
    <div className="staff-page admin-page">
      <h1>{t('admin.title')}</h1>
      <p className="lead">{t('admin.intro')}</p>
      <p>
        <a className="button secondary" href={`/${locale}/admin/content`}>
          {t('admin.contentLink')}
        </a>
      </p>

      <section className="panel" aria-labelledby="invite-heading">
        <h2 id="invite-heading">{t('admin.invite.heading')}</h2>
        <p className="hint">{t('admin.invite.help')}</p>
        <InviteForm action={inviteStaffAction} locale={locale} text={buildInviteFormText(t)} />
      </section>

      <section className="panel" aria-labelledby="invitations-heading">
        <h2 id="invitations-heading">{t('admin.invitations.heading')}</h2>
        {invitations.value.length === 0 ? (
          <p className="hint">{t('admin.invitations.empty')}</p>
        ) : (
          <ul className="row-list">
            {invitations.value.map((invitation) => (
              <li key={invitation.id} className="row">
                <div className="row-main">
                  <p className="row-title">{invitation.email}</p>
                  <p className="row-meta">
                    <span className={`badge role-${invitation.role}`}>{t(`admin.role.${invitation.role}`)}</span>
                    <span>{t('admin.invitations.expires', { date: formatDate(invitation.expiresAt) })}</span>
                    {invitation.invitedByName && <span>{t('admin.invitations.invitedBy', { name: invitation.invitedByName })}</span>}
                  </p>
                </div>
                <RowActionForm
                  action={revokeInvitationAction}
                  id={invitation.id}
                  locale={locale}
                  label={t('admin.invitations.revoke')}
                  accessibleLabel={t('admin.invitations.revokeLabel', { email: invitation.email })}
                  pendingLabel={t('admin.staff.working')}
                />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="panel" aria-labelledby="staff-heading">
        <h2 id="staff-heading">{t('admin.staff.heading')}</h2>
        <ul className="row-list">
          {staff.value.map((member) => (
            <li key={member.id} className={`row${member.isDisabled ? ' is-disabled' : ''}`}>
              <div className="row-main">
                <p className="row-title">
                  {member.name}
                  {member.isYou && <span className="badge">{t('admin.staff.you')}</span>}
                </p>
                <p className="row-meta">
                  <span className="row-email">{member.email}</span>
                  <span className={`badge role-${member.role}`}>{t(`admin.role.${member.role}`)}</span>
                  <span className={`badge ${member.isDisabled ? 'status-disabled' : 'status-active'}`}>{member.isDisabled ? t('admin.staff.disabled') : t('admin.staff.active')}</span>
                </p>
              </div>
              {!member.isYou &&
                (member.isDisabled ? (
                  <RowActionForm
                    action={enableStaffAction}
                    id={member.id}
                    locale={locale}
                    label={t('admin.staff.enable')}
                    accessibleLabel={t('admin.staff.enableLabel', { name: member.name, email: member.email })}
                    pendingLabel={t('admin.staff.working')}
                  />
                ) : (
                  <RowActionForm
                    action={disableStaffAction}
                    id={member.id}
                    locale={locale}
                    label={t('admin.staff.disable')}
                    accessibleLabel={t('admin.staff.disableLabel', { name: member.name, email: member.email })}
                    pendingLabel={t('admin.staff.working')}
                    tone="danger"
                  />
                ))}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
