import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { joinUrl, requestOrigin } from '@/domain/classes/join-links';
import { isLocale } from '@/i18n/config';
import { getTranslator } from '@/i18n/get-messages';
import { getStaffForPage } from '@/server/auth/staff';
import { getClassroom } from '@/server/db/classrooms';
import { isHttpsRequest } from '@/server/http/https';
import { JoinQrCode } from '@/ui/classes/join-qr-code';

type PresentParams = { params: Promise<{ locale: string; classId: string }> };

export async function generateMetadata({ params }: PresentParams): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getTranslator(locale)('class.present') } : {};
}

/** The projector view: the code in very large letters, the QR code and the short join address. */
export default async function PresentPage({ params }: PresentParams) {
  const { locale, classId } = await params;
  if (!isLocale(locale)) notFound();
  const base = `/${locale}/trainer/classes/${classId}`;
  const staff = await getStaffForPage(locale, `${base}/present`, 'trainer', 'admin');
  const classroom = await getClassroom(staff, classId);
  if (!classroom.ok) notFound();
  const t = getTranslator(locale);
  const requestHeaders = await headers();
  const origin = requestOrigin(requestHeaders.get('x-forwarded-host') ?? requestHeaders.get('host'), isHttpsRequest(requestHeaders));
  const { name, joinCode } = classroom.value;
  const link = joinUrl(origin, locale, joinCode);
  const shortUrl = `${origin.replace(/^https?:\/\//, '')}/${locale}/join`;

  return (
    <div className="present-view">
      <p className="present-back no-print">
        <a href={base}>{t('present.back')}</a>
      </p>
      <h1 className="present-title">{t('present.title', { name })}</h1>
      <div className="present-body">
        <figure className="present-qr">
          <JoinQrCode url={link} label={t('class.join.qr', { url: link })} />
          <figcaption>{t('present.scan')}</figcaption>
        </figure>
        <div className="present-code">
          <p className="present-url">{t('present.orType', { url: shortUrl })}</p>
          <p className="present-code-text">{joinCode}</p>
        </div>
      </div>
    </div>
  );
}
