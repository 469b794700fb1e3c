import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { personalLinkStatus } from '@/domain/classes/personal-links';
import { isLocale } from '@/i18n/config';
import { getTranslator } from '@/i18n/get-messages';
import { issuePersonalLinksAction } from '@/server/actions/classes';
import { getStaffForPage } from '@/server/auth/staff';
import { getClassroom } from '@/server/db/classrooms';
import { PersonalLinksForm } from '@/ui/classes/personal-links-form';

type LinksParams = { params: Promise<{ locale: string; classId: string }> };

export async function generateMetadata({ params }: LinksParams): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getTranslator(locale)('class.roster.printLinks') } : {};
}

/**
 * The imported students who have not joined, with where their personal links stand, and the
 * button that creates their links as printable slips (shown once: only hashes are stored).
 */
export default async function PersonalLinksPage({ params }: LinksParams) {
  const { locale, classId } = await params;
  if (!isLocale(locale)) notFound();
  const base = `/${locale}/trainer/classes/${classId}`;
  const staff = await getStaffForPage(locale, `${base}/links`, 'trainer', 'admin');
  const classroom = await getClassroom(staff, classId);
  if (!classroom.ok) notFound();
  const t = getTranslator(locale);
  const now = new Date();
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const unjoined = classroom.value.students.filter((student) => !student.joinedAt && !student.removedAt);
  const linkText = (expiresAt: Date | null) => {
    const status = personalLinkStatus(expiresAt, now);
    return status === 'active' ? t('class.roster.linkActive', { date: day.format(expiresAt!) }) : t(status === 'expired' ? 'class.roster.linkExpired' : 'class.roster.linkNone');
  };
  const hasLinks = unjoined.some((student) => personalLinkStatus(student.personalLinkExpiresAt, now) === 'active');

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
          <section className="no-print" aria-labelledby="links-students">
            <h2 id="links-students">{t('links.students', { count: unjoined.length })}</h2>
            <ul className="link-status-list">
              {unjoined.map((student) => (
                <li key={student.id}>
                  {student.displayName}
                  {student.studentNumber && <span className="student-number">{student.studentNumber}</span>}: {linkText(student.personalLinkExpiresAt)}
                </li>
              ))}
            </ul>
          </section>
          <PersonalLinksForm
            locale={locale}
            classroomId={classId}
            action={issuePersonalLinksAction}
            hasLinks={hasLinks}
            classroomName={classroom.value.name}
            text={{
              create: t(hasLinks ? 'links.recreate' : 'links.create', { count: unjoined.length }),
              creating: t('links.creating'),
              warning: t('links.recreateWarning'),
              print: t('links.print'),
              // Keeps its {name} placeholder: each slip fills it in.
              qr: t('links.qr'),
            }}
          />
        </>
      )}
    </div>
  );
}
