import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { personalLinkTokenSchema } from '@/domain/classes/schemas';
import { isLocale } from '@/i18n/config';
import { getTranslator } from '@/i18n/get-messages';
import { claimPersonalLinkAction } from '@/server/actions/join';
import { getPersonalLink } from '@/server/db/students';
import { ClaimLinkForm } from '@/ui/join/claim-link-form';

type PersonalLinkParams = { params: Promise<{ locale: string; token: string }> };

export async function generateMetadata({ params }: PersonalLinkParams): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getTranslator(locale)('join.title') } : {};
}

/** "Join <class> as <name>?" for a personal join link from an imported roster. */
export default async function PersonalLinkPage({ params }: PersonalLinkParams) {
  const { locale, token } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale);
  const isWellFormed = personalLinkTokenSchema.safeParse({ token }).success;
  const link = isWellFormed ? await getPersonalLink(token) : undefined;

  if (!link) {
    return (
      <div className="join-page">
        <h1>{t('joinLink.unknownTitle')}</h1>
        <p className="notice error">{t('errors.join.personalLinkUnknown')}</p>
        <p className="button-row">
          <a className="button primary big" href={`/${locale}/join`}>
            {t('joinLink.useCode')}
          </a>
        </p>
        <p>
          {t('joinLink.alreadyJoined')} <a href={`/${locale}/my`}>{t('join.myAssignments')}</a>
        </p>
      </div>
    );
  }

  return (
    <div className="join-page">
      <h1>{t('joinLink.title', { class: link.classroomName })}</h1>
      <p className="join-question">{t('joinLink.question', { class: link.classroomName, name: link.displayName })}</p>
      <ClaimLinkForm locale={locale} token={token} action={claimPersonalLinkAction} text={{ submit: t('joinLink.submit'), submitting: t('joinLink.submitting') }} />
      <p className="class-hint">{t('joinLink.notYou', { name: link.displayName })}</p>
    </div>
  );
}
