import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { personalJoinUrl, requestOrigin } from '@/domain/classes/join-links';
import { isLocale } from '@/i18n/config';
import { getTranslator } from '@/i18n/get-messages';
import { getStaffForPage } from '@/server/auth/staff';
import { getClassroom } from '@/server/db/classrooms';
import { JoinQrCode } from '@/ui/classes/join-qr-code';
import { PrintButton } from '@/ui/classes/print-button';

type LinksParams = { params: Promise<{ locale: string; classId: string }> };

export async function generateMetadata({ params }: LinksParams): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getTranslator(locale)('class.roster.printLinks') } : {};
}

/** Printable slips with each unjoined student's personal join link and its QR code. */
export default async function PersonalLinksPage({ params }: LinksParams) {
  const { locale, classId } = await params;
  if (!isLocale(locale)) notFound();
  const base = `/${locale}/trainer/classes/${classId}`;
  const staff = await getStaffForPage(locale, `${base}/links`, 'trainer', 'admin');
  const classroom = await getClassroom(staff, classId);
  if (!classroom.ok) notFound();
  const t = getTranslator(locale);
  const requestHeaders = await headers();
  const origin = requestOrigin(requestHeaders.get('x-forwarded-host') ?? requestHeaders.get('host'), requestHeaders.get('x-forwarded-proto'));
  const unjoined = classroom.value.students.flatMap((student) =>
    student.personalToken && !student.joinedAt && !student.removedAt ? [{ ...student, url: personalJoinUrl(origin, locale, student.personalToken) }] : [],
  );

  return (
    <div className="links-page">
      <p className="breadcrumbs no-print">
        <a href={`/${locale}/trainer`}>{t('class.back')}</a> › <a href={base}>{classroom.value.name}</a>
      </p>
      <h1>{t('links.title', { name: classroom.value.name })}</h1>
      <p className="no-print">{t('links.intro')}</p>
      {unjoined.length === 0 ? (
        <p className="notice">{t('links.empty')}</p>
      ) : (
        <>
          <p className="no-print">
            <PrintButton label={t('links.print')} />
          </p>
          <ul className="link-slips">
            {unjoined.map((student) => (
              <li key={student.id} className="link-slip">
                <div className="link-slip-text">
                  <p className="link-slip-name">{student.displayName}</p>
                  {student.studentNumber && <p className="student-number">{student.studentNumber}</p>}
                  <p className="link-slip-class">{classroom.value.name}</p>
                  <p className="link-slip-url">{student.url}</p>
                </div>
                <JoinQrCode url={student.url} label={t('links.qr', { name: student.displayName })} className="link-slip-qr" />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
