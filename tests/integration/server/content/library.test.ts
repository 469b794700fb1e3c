import { describe, expect, it, vi } from 'vitest';
import { formatContentIssue } from '@/domain/content/issues';
import { getContentLibrary } from '@/server/content/library';

describe('getContentLibrary at run time', () => {
  it('skips a broken scenario, logs the same message as content:check, and keeps the others playable', () => {
    (globalThis as { scamsenseContent?: unknown }).scamsenseContent = undefined; // force a fresh read
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const library = getContentLibrary();
      expect([...library.scenarios.keys()].sort()).toEqual(['exam-notice', 'real-notice', 'refund-call', 'relink-chat']);
      const brokenIssue = library.issues.find((issue) => issue.path.includes('broken-sample'))!;
      expect(log).toHaveBeenCalledWith(`[content] skipped: ${formatContentIssue(brokenIssue)}`);
      expect(formatContentIssue(brokenIssue)).toMatch(/^content\/scenarios\/broken-sample\.(zh-CN|en)\.md:\d+:\d+ /);
    } finally {
      log.mockRestore();
    }
  });
});
