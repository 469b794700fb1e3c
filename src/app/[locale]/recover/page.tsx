import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { isLocale } from '@/i18n/config';
import { getTranslator } from '@/i18n/get-messages';
import { recoverStudentAction } from '@/server/actions/join';
import { RecoverForm } from '@/ui/join/recover-form';
import { buildRecoverFormText } from '@/ui/join/student-form-text';

type RecoverParams = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: RecoverParams): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getTranslator(locale)('recover.title') } : {};
}

/** Continue an existing student record on a new device; whether the class allows it is checked on submit. */
export default async function RecoverPage({ params }: RecoverParams) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale);
  return (
    <div className="join-page">
      <h1>{t('recover.title')}</h1>
      <p className="lead">{t('recover.intro')}</p>
      <RecoverForm locale={locale} action={recoverStudentAction} text={buildRecoverFormText(t)} />
      <p className="join-alt">
        <a href={`/${locale}/join`}>{t('recover.joinInstead')}</a>
      </p>
    </div>
  );
}
