'use client';

import { useCallback, useMemo, useState, useSyncExternalStore } from 'react';
import { draftKey, emptyResponses, markableLineIds, restoreDraft, type DraftResponses } from '@/domain/quiz/draft';
import type { Stage } from '@/domain/quiz/stages';
import type { BlockView, QuestionView } from '@/domain/quiz/views';

/*
 * The stage's choices, kept in sessionStorage until they are sent: a reload or a switch to the
 * other language (a new page in the same tab) shows them again. sessionStorage belongs to the tab
 * and ends with it, so another tab or person on a shared computer never sees them. Where storage is
 * refused (a private mode, a full quota) the choices live in memory for the page's life.
 */

const listeners = new Set<() => void>();
const memory = new Map<string, string | null>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function read(key: string): string | null {
  if (memory.has(key)) return memory.get(key)!;
  try {
    return window.sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) window.sessionStorage.removeItem(key);
    else window.sessionStorage.setItem(key, value);
    memory.delete(key);
  } catch {
    memory.set(key, value);
  }
  for (const listener of listeners) listener();
}

function parse(stored: string | null, questions: readonly QuestionView[], lineIds: ReadonlySet<string>): DraftResponses | undefined {
  if (stored === null) return undefined;
  try {
    return restoreDraft(JSON.parse(stored), questions, lineIds);
  } catch {
    return undefined;
  }
}

type DraftOptions = { attemptId: string; position: number; stage: Stage; questions: QuestionView[]; blocks: BlockView[] };

/**
 * The responses of one stage, restored from this tab's draft after the page has loaded (the
 * server-rendered form starts empty, as the server knows no draft). `clear` forgets the draft once
 * the server has stored the answer; the form keeps showing the sent choices until the next stage
 * replaces it.
 */
export function useDraftResponses({ attemptId, position, stage, questions, blocks }: DraftOptions) {
  const key = draftKey(attemptId, position, stage);
  const stored = useSyncExternalStore(
    subscribe,
    () => read(key),
    () => null,
  );
  const [sent, setSent] = useState<DraftResponses | null>(null);
  const empty = useMemo(() => emptyResponses(questions), [questions]);
  const lineIds = useMemo(() => markableLineIds(blocks), [blocks]);
  const restored = useMemo(() => parse(stored, questions, lineIds), [stored, questions, lineIds]);

  const update = useCallback(
    (change: (current: DraftResponses) => DraftResponses) => {
      const current = parse(read(key), questions, lineIds) ?? empty;
      write(key, JSON.stringify(change(current).map((response) => response ?? null)));
    },
    [key, questions, lineIds, empty],
  );
  const clear = useCallback(() => {
    setSent(parse(read(key), questions, lineIds) ?? empty);
    write(key, null);
  }, [key, questions, lineIds, empty]);

  return { responses: sent ?? restored ?? empty, update, clear };
}
