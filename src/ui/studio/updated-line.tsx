import type { Translate } from '@/i18n/translate';

type UpdatedLineProps = { latestNumber: number; updatedAt: Date; updatedByName: string | null; t: Translate; formatDate: (instant: Date) => string };

/** "Revision 3, 2 Dec, by Ada" for a studio save, or "from the content files" for an import. */
export function UpdatedLine({ latestNumber, updatedAt, updatedByName, t, formatDate }: UpdatedLineProps) {
  return (
    <p className="row-meta">
      {t(updatedByName ? 'studio.library.updatedBy' : 'studio.library.updatedFromFiles', { number: latestNumber, date: formatDate(updatedAt), name: updatedByName ?? '' })}
    </p>
  );
}
