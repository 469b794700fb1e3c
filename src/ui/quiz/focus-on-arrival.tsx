'use client';

import { useEffect, useRef, type ReactNode } from 'react';

/**
 * Moves the student to what just appeared (the result after answering): scrolls it to the top of
 * the screen and focuses it, so a phone shows it and a screen reader reads it out. Smooth
 * scrolling only when the system does not ask for reduced motion.
 */
export function FocusOnArrival({ className, labelledBy, children }: { className?: string; labelledBy?: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const reduceMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    element.focus({ preventScroll: true });
    element.scrollIntoView?.({ block: 'start', behavior: reduceMotion ? 'auto' : 'smooth' });
  }, []);
  return (
    // A named group, so a screen reader reads its name (the result) when focus lands on it.
    <div ref={ref} className={className} tabIndex={-1} role={labelledBy ? 'group' : undefined} aria-labelledby={labelledBy}>
      {children}
    </div>
  );
}
