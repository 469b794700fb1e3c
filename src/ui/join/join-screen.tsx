import type { FormAction } from '@/domain/shared/form-state';
import type { Translate } from '@/i18n/translate';
import { JoinForm } from './join-form';
import { buildJoinFormText } from './student-form-text';

type Membership = { classroomName: string; displayName: string };

/**
 * The join page, with or without a code from the link. A link's class is named before joining, and
 * a link whose code opens no class says so at once, next to the code. A device already in the class
 * of that code is told so first, with the way to its assignments; the form stays for a shared device.
 */
export function JoinScreen({
  locale,
  code,
  classroomName,
  isCodeUnknown = false,
  joinedHere,
  memberships,
  action,
  t,
}: {
  locale: string;
  code: string;
  /** The class the link's code opens, when the page checked it. */
  classroomName?: string;
  /** The link's code opens no class (it may have been changed). */
  isCodeUnknown?: boolean;
  /** The student this device already is in the class of `code`, if any. */
  joinedHere?: Membership;
  /** Every class this device has joined (shown when no code was given). */
  memberships: Membership[];
  action: FormAction;
  t: Translate;
}) {
  const myAssignments = `/${locale}/my`;
  return (
    <div className="join-page">
      <h1>{classroomName ? t('joinLink.title', { class: classroomName }) : t('join.title')}</h1>
      {joinedHere ? (
        <div className="notice success">
          <p>{t('join.already', { class: joinedHere.classroomName, name: joinedHere.displayName })}</p>
          <p>
            <a className="button primary big" href={myAssignments}>
              {t('join.myAssignments')}
            </a>
          </p>
        </div>
      ) : (
        memberships.length > 0 && (
          <div className="notice">
            <p>{t('join.memberships')}</p>
            <ul>
              {memberships.map((membership) => (
                <li key={`${membership.classroomName}-${membership.displayName}`}>{t('join.membership', { class: membership.classroomName, name: membership.displayName })}</li>
              ))}
            </ul>
            <p>
              <a href={myAssignments}>{t('join.myAssignments')}</a>
            </p>
          </div>
        )
      )}
      <p className="lead">{joinedHere ? t('join.someoneElse') : classroomName ? t('join.introWithClass') : t('join.intro')}</p>
      <JoinForm locale={locale} code={code} codeError={isCodeUnknown ? t('errors.join.codeUnknown') : undefined} action={action} text={buildJoinFormText(t)} />
      <p className="join-alt">
        <a href={`/${locale}/recover`}>{t('join.recoverLink')}</a>
      </p>
    </div>
  );
}
