import { RED_FLAGS, TRUST_SIGNALS } from '@/domain/content/taxonomy';
import type { Translate } from '@/i18n/translate';
import { reviewKey, type ReviewAudience } from '@/ui/quiz/review-voice';
import type { ExhibitLabels } from './types';

/**
 * Collects the exhibit strings from a catalogue, so client leaves receive only what they show;
 * the review's marks speak to whoever reads it (the student, or their trainer).
 */
export function buildExhibitLabels(t: Translate, audience: ReviewAudience = 'student'): ExhibitLabels {
  return {
    realAddress: t('exhibit.realAddress'),
    scanPreview: t('exhibit.scanPreview'),
    site: t('exhibit.site'),
    showAddress: t('exhibit.showAddress'),
    callAnswer: t('exhibit.callAnswer'),
    callDecline: t('exhibit.callDecline'),
    callTranscript: t('exhibit.callTranscript'),
    cardOpens: t('exhibit.cardOpens'),
    cardOrder: t('exhibit.cardOrder'),
    cardLink: t('exhibit.cardLink'),
    cardMiniProgram: t('exhibit.cardMiniProgram'),
    cardTransfer: t('exhibit.cardTransfer'),
    cardRedPacket: t('exhibit.cardRedPacket'),
    cardImage: t('exhibit.cardImage'),
    cardFile: t('exhibit.cardFile'),
    incomingCall: t('exhibit.incomingCall'),
    smsTitle: t('exhibit.smsTitle'),
    emailFrom: t('exhibit.emailFrom'),
    emailTo: t('exhibit.emailTo'),
    youMarked: t(reviewKey(audience, 'marked')),
    youMissed: t(reviewKey(audience, 'missed')),
    falseAlarm: t(reviewKey(audience, 'falseAlarm')),
    redFlag: t('review.redFlag'),
    trustSignal: t('review.trustSignal'),
    flagNames: Object.fromEntries([...RED_FLAGS.map((flag) => [flag, t(`redFlag.${flag}`)]), ...TRUST_SIGNALS.map((signal) => [signal, t(`trustSignal.${signal}`)])]),
  };
}
