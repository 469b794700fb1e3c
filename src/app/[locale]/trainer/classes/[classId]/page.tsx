import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { joinUrl, requestOrigin } from '@/domain/classes/join-links';
import { personalLinkStatus } from '@/domain/classes/personal-links';
import { isLocale } from '@/i18n/config';
import { getTranslator } from '@/i18n/get-messages';
import { issueRecoveryCodeAction, issueStudentLinkAction, removeStudentAction, rotateJoinCodeAction, setAllowRecoveryAction } from '@/server/actions/classes';
import { getStaffForPage, getStaffViewer } from '@/server/auth/staff';
import { quizSetTitle } from '@/server/content/quiz-sets';
import { listClassAssignments } from '@/server/db/assignments';
import { getClassroom } from '@/server/db/classrooms';
import { isHttpsRequest } from '@/server/http/https';
import { ClassAssignments } from '@/ui/assignments/class-assignments';
import { ConfirmActionForm } from '@/ui/classes/confirm-action-form';
import { JoinQrCode } from '@/ui/classes/join-qr-code';
import { RecoverySwitch } from '@/ui/classes/recovery-switch';

type ClassParams = { params: Promise<{ locale: string; classId: string }> };
type ClassPageProps = ClassParams & { searchParams: Promise<{ assigned?: string | string[] }> };

export async function generateMetadata({ params }: ClassParams): Promise<Metadata> {
  const { locale, classId } = await params;
  if (!isLocale(locale)) return {};
  const staff = await getStaffViewer();
  const classroom = staff ? await getClassroom(staff, classId) : undefined;
  return { title: classroom?.ok ? classroom.value.name : getTranslator(locale)('trainer.title') };
}

export default async function ClassPage({ params, searchParams }: ClassPageProps) {
  const { locale, classId } = await params;
  const { assigned } = await searchParams;
  if (!isLocale(locale)) notFound();
  const base = `/${locale}/trainer/classes/${classId}`;
  const staff = await getStaffForPage(locale, base, 'trainer', 'admin');
  const classroom = await getClassroom(staff, classId);
  if (!classroom.ok) notFound();
  const t = getTranslator(locale);
  const requestHeaders = await headers();
  const origin = requestOrigin(requestHeaders.get('x-forwarded-host') ?? requestHeaders.get('host'), isHttpsRequest(requestHeaders));
  const { name, joinCode, allowRecovery, students } = classroom.value;
  const link = joinUrl(origin, locale, joinCode);
  const current = students.filter((student) => !student.removedAt);
  const removed = students.filter((student) => student.removedAt);
  const hasUnjoined = current.some((student) => !student.joinedAt);
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const now = new Date();
  const linkStatusText = (expiresAt: Date | null) => {
    const status = personalLinkStatus(expiresAt, now);
    return status === 'active' ? t('class.roster.linkActive', { date: day.format(expiresAt!) }) : t(status === 'expired' ? 'class.roster.linkExpired' : 'class.roster.linkNone');
  };
  const assignments = await listClassAssignments(staff, classId, now);
  const cancel = t('class.confirm.cancel');
  const assignmentTitle = (setId: string) => quizSetTitle(setId, locale);
  // Just created from this page: named here, with the join code right below for the class.
  const justAssigned = assignments.ok ? assignments.value.find((assignment) => assignment.id === assigned) : undefined;

  return (
    <div className="class-page">
      <p className="breadcrumbs">
        <a href={`/${locale}/trainer`}>{t('class.back')}</a>
      </p>
      <h1>{name}</h1>
      {justAssigned && (
        <p className="notice success" role="status">
          {t('class.assigned', { title: assignmentTitle(justAssigned.setId) })} <a href={`/${locale}/trainer/assignments/${justAssigned.id}`}>{t('class.assignedOpen')}</a>
        </p>
      )}

      <section className="panel join-panel" aria-labelledby="join-title">
        <h2 id="join-title">{t('class.join.title')}</h2>
        <div className="join-panel-body">
          <div className="join-panel-text">
            <p className="join-code-label">{t('class.join.code')}</p>
            <p className="join-code-big">{joinCode}</p>
            <p className="join-link">
              <span className="join-link-label">{t('class.join.link')}</span> <a href={link}>{link}</a>
            </p>
            <p className="class-hint">{t('class.join.help', { url: `${origin}/${locale}/join` })}</p>
            <div className="join-actions">
              <a className="button primary" href={`${base}/present`}>
                {t('class.present')}
              </a>
              <ConfirmActionForm
                action={rotateJoinCodeAction}
                fields={{ locale, classroomId: classId }}
                text={{ trigger: t('class.rotate.button'), question: t('class.rotate.question'), confirm: t('class.rotate.confirm'), cancel, pending: t('class.rotate.pending') }}
              />
            </div>
          </div>
          <JoinQrCode url={link} label={t('class.join.qr', { url: link })} className="join-qr" />
        </div>
      </section>

      <section className="panel" aria-labelledby="recovery-title">
        <h2 id="recovery-title">{t('class.recovery.title')}</h2>
        <RecoverySwitch
          action={setAllowRecoveryAction}
          locale={locale}
          classroomId={classId}
          isOn={allowRecovery}
          describedBy="recovery-help"
          text={{ label: t('class.recovery.label'), on: t('class.recovery.on'), off: t('class.recovery.off') }}
        />
        <p id="recovery-help" className="class-hint">
          {t('class.recovery.help', { url: `${origin}/${locale}/recover` })}
        </p>
      </section>

      <section className="roster" aria-labelledby="roster-title">
        <div className="section-head">
          <h2 id="roster-title">{t('class.roster.title', { count: current.length })}</h2>
          <p className="button-row">
            <a className="button secondary" href={`${base}/roster`}>
              {t('class.roster.import')}
            </a>
            {hasUnjoined && (
              <a className="button secondary" href={`${base}/links`}>
                {t('class.roster.printLinks')}
              </a>
            )}
          </p>
        </div>
        {current.length === 0 ? (
          <p className="notice">{t('class.roster.empty')}</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table roster-table">
              <thead>
                <tr>
                  <th scope="col">{t('class.roster.name')}</th>
                  <th scope="col">{t('class.roster.number')}</th>
                  <th scope="col">{t('class.roster.status')}</th>
                  <th scope="col">{t('class.roster.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {current.map((student) => (
                  <tr key={student.id}>
                    <th scope="row">
                      <a href={`${base}/students/${student.id}`}>{student.displayName}</a>
                    </th>
                    <td>{student.studentNumber ?? t('class.roster.noNumber')}</td>
                    <td>
                      {student.joinedAt ? (
                        <span className="joined">{t('class.roster.joined', { date: day.format(student.joinedAt) })}</span>
                      ) : (
                        <>
                          <span className="not-joined">{t('class.roster.notJoined')}</span>
                          <span className="link-status">{linkStatusText(student.personalLinkExpiresAt)}</span>
                        </>
                      )}
                    </td>
                    <td>
                      <div className="roster-actions">
                        {/* Links and codes are stored hashed: each is shown once, in the answer that makes it. */}
                        {!student.joinedAt && (
                          <ConfirmActionForm
                            action={issueStudentLinkAction}
                            fields={{ locale, classroomId: classId, studentId: student.id }}
                            text={{
                              trigger: t('class.newLink.button'),
                              question: t('class.newLink.question', { name: student.displayName }),
                              confirm: t('class.newLink.confirm'),
                              cancel,
                              pending: t('class.newLink.pending'),
                            }}
                          />
                        )}
                        {student.joinedAt && allowRecovery && (
                          <ConfirmActionForm
                            action={issueRecoveryCodeAction}
                            fields={{ locale, classroomId: classId, studentId: student.id }}
                            text={{
                              trigger: t('class.recoveryCode.button'),
                              question: t('class.recoveryCode.question', { name: student.displayName }),
                              confirm: t('class.recoveryCode.confirm'),
                              cancel,
                              pending: t('class.recoveryCode.pending'),
                            }}
                          />
                        )}
                        <ConfirmActionForm
                          action={removeStudentAction}
                          fields={{ locale, classroomId: classId, studentId: student.id }}
                          isDanger
                          text={{
                            trigger: t('class.remove.button'),
                            question: t('class.remove.question', { name: student.displayName }),
                            confirm: t('class.remove.confirm'),
                            cancel,
                            pending: t('class.remove.pending'),
                          }}
                        />
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {removed.length > 0 && (
        <section className="removed-students" aria-labelledby="removed-title">
          <h2 id="removed-title">{t('class.removed.title', { count: removed.length })}</h2>
          <ul className="removed-list">
            {removed.map((student) => (
              <li key={student.id}>
                <span className="removed-name">{student.displayName}</span>
                {student.studentNumber && <span className="student-number">{student.studentNumber}</span>}
                <span className="removed-meta">{t('class.removed.item', { date: day.format(student.removedAt!), count: student.attemptCount })}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <ClassAssignments
        locale={locale}
        classroomId={classId}
        t={t}
        assignments={(assignments.ok ? assignments.value : []).map((assignment) => ({ ...assignment, title: assignmentTitle(assignment.setId) }))}
      />
    </div>
  );
}
