import type { Locale } from '@/domain/shared/locales';
import type { Translate } from '@/i18n/translate';
import type { StudioSetRow } from '@/server/content/studio-sets';

type AddToSetProps = { locale: Locale; scenarioId: string; sets: StudioSetRow[]; t: Translate };

/**
 * "Add to set…" on a scenario's page: each set is a link that opens the set's editor with this
 * scenario added at the end, to save and publish there. Plain links: keyboard, phone, no script.
 */
export function AddToSet({ locale, scenarioId, sets, t }: AddToSetProps) {
  return (
    <details className="panel studio-duplicate studio-add-to-set">
      <summary>{t('studio.addToSet.heading')}</summary>
      <p className="hint">{t('studio.addToSet.help')}</p>
      {sets.length === 0 ? (
        <p className="hint">{t('studio.sets.none')}</p>
      ) : (
        <ul className="studio-add-to-set-list">
          {sets.map((set) => {
            const title = set.title[locale] || set.title['zh-CN'] || set.id;
            return (
              <li key={set.id}>
                {set.scenarioIds.includes(scenarioId) ? (
                  <span>
                    {title} <span className="hint">{t('studio.addToSet.already')}</span>
                  </span>
                ) : (
                  <a href={`/${locale}/admin/content/sets/${set.id}?add=${scenarioId}`}>{title}</a>
                )}{' '}
                <span className="hint">{t(set.practice ? 'studio.sets.practice' : 'studio.sets.assignmentOnly')}</span>
              </li>
            );
          })}
        </ul>
      )}
      <p>
        <a href={`/${locale}/admin/content/sets/new`}>{t('studio.sets.new.title')}</a>
      </p>
    </details>
  );
}
