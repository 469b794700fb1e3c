import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TEMPLATE_CHANNELS } from '@/domain/studio/templates';
import { isLocale } from '@/i18n/config';
import { getTranslator } from '@/i18n/get-messages';
import { createScenarioAction } from '@/server/actions/studio';
import { getStaffForPage } from '@/server/auth/staff';
import { NewScenarioForm } from '@/ui/studio/new-scenario-form';
import { StudioPageHead } from '@/ui/studio/studio-page-head';
import '@/ui/styles/studio.css';

type NewProps = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: NewProps): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getTranslator(locale)('studio.new.title') } : {};
}

export default async function NewScenarioPage({ params }: NewProps) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  await getStaffForPage(locale, `/${locale}/admin/content/new`, 'admin');
  const t = getTranslator(locale);

  return (
    <div className="studio-page staff-page">
      <StudioPageHead back={{ href: `/${locale}/admin/content`, label: t('studio.library.title') }} title={t('studio.new.title')} intro={t('studio.new.intro')} />
      <section className="panel">
        <NewScenarioForm action={createScenarioAction} locale={locale} text={{ id: t('studio.new.id'), idHint: t('studio.new.idHint'), submit: t('studio.new.submit'), working: t('studio.new.working') }}>
          <fieldset className="studio-channels">
            <legend>{t('studio.new.channel')}</legend>
            {TEMPLATE_CHANNELS.map((channel, index) => (
              <label key={channel} className="choice">
                <input type="radio" name="channel" value={channel} defaultChecked={index === 0} />
                <span>{t(`channel.${channel}`)}</span>
              </label>
            ))}
          </fieldset>
        </NewScenarioForm>
      </section>
    </div>
  );
}
