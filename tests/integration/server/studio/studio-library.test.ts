import { beforeEach, describe, expect, it, vi } from 'vitest';
import ContentLibraryPage from '@/app/[locale]/admin/content/page';
import { scenarioTemplate } from '@/domain/studio/templates';
import { loadStudioLibrary } from '@/server/content/studio-library';
import { saveRevision } from '@/server/db/content-revisions';
import { createStaff } from '../../../factories/classes';
import { resetContent } from '../../../factories/content-revisions';
import { html, params } from '../../../factories/render-page';
import { actAsStaff } from '../../../factories/request-context';

vi.mock('next/headers', async () => (await import('../../../factories/request-context')).nextHeadersModule);

beforeEach(() => resetContent());

/** A never-published scenario from the QR template, with a review date, saved by an admin. */
async function saveDraft(admin: Awaited<ReturnType<typeof createStaff>>, id: string, reviewBy: string) {
  const files = scenarioTemplate('qr-code', id);
  const dated = (text: string) => text.replace('difficulty: 1', `difficulty: 3\nsource: A platform's buyer-safety guidance\nreviewBy: ${reviewBy}`);
  const saved = await saveRevision(admin, {
    kind: 'scenario',
    id,
    baseRevisionId: null,
    files: [
      { path: `content/scenarios/${id}.zh-CN.md`, text: dated(files['zh-CN']) },
      { path: `content/scenarios/${id}.en.md`, text: dated(files.en) },
    ],
  });
  if (!saved.ok) throw new Error(saved.message);
}

describe('the studio library', () => {
  it('filters a never-published draft by the facts of its latest revision, not only by search and status', async () => {
    const admin = await createStaff('admin');
    await actAsStaff(admin.email);
    await saveDraft(admin, 'flyer-refund-draft', '2027-06-30');
    const page = async (query: Record<string, string>) => html(await ContentLibraryPage({ ...params({ locale: 'en' }), searchParams: Promise.resolve(query) }));
    for (const query of <Record<string, string>[]>[{ channel: 'qr-code' }, { difficulty: '3' }, { audience: 'buyer', verdict: 'scam' }, { channel: 'qr-code', status: 'unpublished' }]) {
      expect(await page(query), JSON.stringify(query)).toContain('href="/en/admin/content/flyer-refund-draft"');
    }
    expect(await page({ channel: 'sms' })).not.toContain('href="/en/admin/content/flyer-refund-draft"');
    // The filter form offers the review status, and each row its badge.
    const all = await page({});
    expect(all).toContain('name="review"');
    expect(all).toContain('Review by Jun 30, 2027');
    expect(all).toContain('No review date');
  });

  it('tells each scenario’s review status on the day the server’s clock gives', async () => {
    const admin = await createStaff('admin');
    await saveDraft(admin, 'due-draft', '2026-12-01');
    await saveDraft(admin, 'soon-draft', '2026-12-31');
    await saveDraft(admin, 'later-draft', '2027-01-01');
    const library = await loadStudioLibrary(admin, new Date('2026-12-01T08:00:00Z'));
    if (!library.ok) throw new Error('refused');
    const statusOf = (id: string) => library.rows.find((row) => row.id === id)?.review.status;
    expect([statusOf('due-draft'), statusOf('soon-draft'), statusOf('later-draft'), statusOf('relink-chat')]).toEqual(['due', 'soon', 'ok', 'none']);
    expect(library.rows.find((row) => row.id === 'due-draft')?.review.source).toEqual({ 'zh-CN': "A platform's buyer-safety guidance", en: "A platform's buyer-safety guidance" });
  });

  it('reads set membership from the latest set revision too', async () => {
    const admin = await createStaff('admin');
    await saveDraft(admin, 'in-a-draft-set', '2027-06-30');
    const saved = await saveRevision(admin, {
      kind: 'set',
      id: 'draft-only-set',
      baseRevisionId: null,
      files: [{ path: 'content/sets/draft-only-set.md', text: '---\nid: draft-only-set\ntitle: { zh-CN: 草稿, en: Draft }\ndescription: { zh-CN: 草稿, en: Draft }\nscenarios: [in-a-draft-set]\n---\n' }],
    });
    expect(saved.ok).toBe(true);
    const library = await loadStudioLibrary(admin);
    expect(library.ok && library.rows.find((row) => row.id === 'in-a-draft-set')?.sets).toEqual(['draft-only-set']);
  });
});
