import { LOCALES, type Locale } from '@/domain/shared/locales';
import type { Translate } from '@/i18n/translate';

type SetGiftLinksProps = { locale: Locale; setId: string; number: number; publishedNumber: number | null; t: Translate };

/** One GIFT download per language of a set's published revision, saying what the file leaves out. */
export function SetGiftLinks({ locale, setId, number, publishedNumber, t }: SetGiftLinksProps) {
  return (
    <section className="panel studio-gift-export" aria-labelledby="set-gift-heading">
      <h2 id="set-gift-heading">{t('studio.sets.gift.title')}</h2>
      {publishedNumber === null ? (
        <p className="row-meta">{t('studio.sets.gift.neverPublished')}</p>
      ) : (
        <>
          <p className="row-meta">{t('studio.sets.gift.intro', { published: publishedNumber })}</p>
          {number !== publishedNumber && <p className="notice warning">{t('studio.sets.gift.unpublishedChanges', { number, published: publishedNumber })}</p>}
          <ul className="studio-gift-links">
            {LOCALES.map((fileLocale) => (
              <li key={fileLocale}>
                <a href={`/api/admin/sets/${encodeURIComponent(setId)}/gift?locale=${fileLocale}&ui=${locale}`} download={`${setId}.${fileLocale}.gift`}>
                  {t('studio.sets.gift.link', { language: t(`studio.locale.${fileLocale}`) })}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
