import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { isLocale } from '@/i18n/config';
import { getTranslator } from '@/i18n/get-messages';
import { createClassAction } from '@/server/actions/classes';
import { getStaffForPage } from '@/server/auth/staff';
import { listClassrooms } from '@/server/db/classrooms';
import { CreateClassForm } from '@/ui/classes/create-class-form';
import { buildCreateClassFormText } from '@/ui/classes/create-class-form-text';

type TrainerParams = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: TrainerParams): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getTranslator(locale)('trainer.title') } : {};
}

export default async function TrainerHomePage({ params }: TrainerParams) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const staff = await getStaffForPage(locale, `/${locale}/trainer`, 'trainer', 'admin');
  const t = getTranslator(locale);
  const classes = await listClassrooms(staff);

  return (
    <div className="classes-page">
      <h1>{t('trainer.title')}</h1>
      <p className="lead">{t('trainer.intro')}</p>
      {classes.length === 0 ? (
        <p className="notice">{t('trainer.empty')}</p>
      ) : (
        <ul className="class-list">
          {classes.map((classroom) => (
            <li key={classroom.id} className="class-card">
              <h2>
                <a href={`/${locale}/trainer/classes/${classroom.id}`}>{classroom.name}</a>
              </h2>
              <p className="class-card-code">
                <span>{t('trainer.codeLabel')}</span> <strong className="join-code-text">{classroom.joinCode}</strong>
              </p>
              <p className="class-card-counts">
                <span>{t('trainer.studentCount', { count: classroom.studentCount })}</span>
                <span>{t('trainer.assignmentCount', { count: classroom.assignmentCount })}</span>
              </p>
              {staff.role === 'admin' && <p className="class-card-trainer">{t('trainer.trainerName', { name: classroom.trainerName })}</p>}
            </li>
          ))}
        </ul>
      )}
      <section className="panel create-class" aria-labelledby="create-class-title">
        <h2 id="create-class-title">{t('trainer.create.title')}</h2>
        <CreateClassForm locale={locale} action={createClassAction} text={buildCreateClassFormText(t)} />
      </section>
    </div>
  );
}
