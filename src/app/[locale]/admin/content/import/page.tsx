import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { MAX_GIFT_BYTES } from '@/domain/content/gift/gift-import-run';
import { isLocale } from '@/i18n/config';
import { getTranslator } from '@/i18n/get-messages';
import { importGiftAction } from '@/server/actions/gift-import';
import { getStaffForPage } from '@/server/auth/staff';
import { GiftImportForm } from '@/ui/studio/gift-import-form';
import { buildGiftImportText } from '@/ui/studio/gift-import-text';
import { StudioPageHead } from '@/ui/studio/studio-page-head';
import '@/ui/styles/studio.css';

type ImportProps = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: ImportProps): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getTranslator(locale)('studio.gift.title') } : {};
}

export default async function GiftImportPage({ params }: ImportProps) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  await getStaffForPage(locale, `/${locale}/admin/content/import`, 'admin');
  const t = getTranslator(locale);
  return (
    <div className="studio-page staff-page">
      <StudioPageHead back={{ href: `/${locale}/admin/content`, label: t('studio.library.title') }} title={t('studio.gift.title')} intro={t('studio.gift.intro')} />
      <GiftImportForm locale={locale} maxBytes={MAX_GIFT_BYTES} action={importGiftAction} text={buildGiftImportText(t)} />
    </div>
  );
}
