import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { isLocale } from '@/i18n/config';
import { getTranslator } from '@/i18n/get-messages';
import { importRosterAction, previewRosterAction } from '@/server/actions/classes';
import { getStaffForPage } from '@/server/auth/staff';
import { getClassroom } from '@/server/db/classrooms';
import { RosterUpload } from '@/ui/classes/roster-upload';
import { buildRosterUploadText } from '@/ui/classes/roster-upload-text';

type RosterParams = { params: Promise<{ locale: string; classId: string }> };

export async function generateMetadata({ params }: RosterParams): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getTranslator(locale)('class.roster.import') } : {};
}

export default async function RosterImportPage({ params }: RosterParams) {
  const { locale, classId } = await params;
  if (!isLocale(locale)) notFound();
  const base = `/${locale}/trainer/classes/${classId}`;
  const staff = await getStaffForPage(locale, `${base}/roster`, 'trainer', 'admin');
  const classroom = await getClassroom(staff, classId);
  if (!classroom.ok) notFound();
  const t = getTranslator(locale);

  return (
    <div className="class-page roster-page">
      <p className="breadcrumbs">
        <a href={`/${locale}/trainer`}>{t('class.back')}</a> › <a href={base}>{classroom.value.name}</a>
      </p>
      <h1>{t('roster.title', { name: classroom.value.name })}</h1>
      <div className="panel roster-help">
        <p>{t('roster.help')}</p>
        <p className="roster-example-label">{t('roster.example')}</p>
        <pre className="roster-example">{t('roster.exampleCsv')}</pre>
      </div>
      <RosterUpload
        locale={locale}
        classroomId={classId}
        previewAction={previewRosterAction}
        importAction={importRosterAction}
        linksHref={`${base}/links`}
        text={buildRosterUploadText(t)}
      />
      <p>
        <a href={base}>{t('class.backToClass', { name: classroom.value.name })}</a>
      </p>
    </div>
  );
}
