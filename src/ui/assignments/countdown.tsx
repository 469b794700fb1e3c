'use client';

import { useEffect, useState } from 'react';
import { formatMessage } from '@/i18n/translate';

export type CountdownText = { label: string; /** Template with {minutes}. */ warning: string; timeUp: string };

type CountdownProps = {
  /** ISO instant when the attempt ends. */
  deadline: string;
  /** Id of the form that submits the attempt; it is submitted when the time is up. */
  submitFormId: string;
  text: CountdownText;
};

const WARN_AT_MINUTES = [5, 1];

function remainingSeconds(deadline: string): number {
  return Math.max(0, Math.ceil((Date.parse(deadline) - Date.now()) / 1000));
}

function formatClock(seconds: number): string {
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = String(seconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

/**
 * Time left in an attempt with a time limit. When it reaches zero the attempt is submitted with
 * what was answered; the server does the same on its own if this page is closed.
 */
export function Countdown({ deadline, submitFormId, text }: CountdownProps) {
  const [seconds, setSeconds] = useState<number | null>(null);

  useEffect(() => {
    let submitted = false;
    const tick = () => {
      const left = remainingSeconds(deadline);
      setSeconds(left);
      if (left === 0 && !submitted) {
        submitted = true;
        (document.getElementById(submitFormId) as HTMLFormElement | null)?.requestSubmit();
      }
    };
    tick();
    const timer = window.setInterval(tick, 1000);
    return () => window.clearInterval(timer);
  }, [deadline, submitFormId]);

  const warning = seconds === null ? '' : seconds === 0 ? text.timeUp : WARN_AT_MINUTES.find((minutes) => seconds <= minutes * 60 && seconds > minutes * 60 - 10);
  return (
    <div className={`countdown${seconds !== null && seconds <= 60 ? ' urgent' : ''}`}>
      <span className="countdown-label">{text.label}</span>{' '}
      <span className="countdown-clock" role="timer">
        {seconds === null ? '–' : formatClock(seconds)}
      </span>
      {/* Announced only at a few moments, not every second. */}
      <span className="visually-hidden" aria-live="polite">
        {typeof warning === 'number' ? formatMessage(text.warning, { minutes: warning }) : warning}
      </span>
    </div>
  );
}
