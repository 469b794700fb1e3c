import { MAX_UPLOAD_BYTES, MAX_UPLOAD_PIXELS } from '@/domain/media/limits';
import type { Translate } from '@/i18n/translate';
import type { MediaPanelText } from './media-panel';

/** The image panel's strings; placeholders the panel fills itself stay in place. */
export function buildMediaPanelText(t: Translate): MediaPanelText {
  const keep = (...names: string[]) => Object.fromEntries(names.map((name) => [name, `{${name}}`]));
  return {
    heading: t('studio.media.heading'),
    help: t('studio.media.help', { maxMb: MAX_UPLOAD_BYTES / 1024 / 1024, maxMegapixels: MAX_UPLOAD_PIXELS / 1_000_000 }),
    file: t('studio.media.file'),
    upload: t('studio.media.upload'),
    uploading: t('studio.media.uploading'),
    chooseFirst: t('studio.media.chooseFirst'),
    tooLarge: t('errors.media.tooLarge', keep('size', 'max')),
    uploaded: t('studio.media.uploaded', keep('name')),
    alreadyUploaded: t('studio.media.alreadyUploaded', keep('name')),
    snippetLabel: t('studio.media.snippetLabel'),
    altPlaceholder: t('studio.media.altPlaceholder'),
    copy: t('studio.media.copy'),
    copyReference: t('studio.media.copyReference'),
    copied: t('studio.media.copied'),
    copyFailed: t('studio.media.copyFailed'),
    failed: t('studio.media.failed'),
    listHeading: t('studio.media.listHeading'),
    none: t('studio.media.none'),
    details: t('studio.media.details', keep('width', 'height', 'size', 'file')),
    thumbnailAlt: t('studio.media.thumbnailAlt', keep('name')),
  };
}
