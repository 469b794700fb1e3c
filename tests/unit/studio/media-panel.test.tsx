// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MediaItemView, UploadOutcome } from '@/domain/media/upload-outcome';
import { MediaPanel } from '@/ui/studio/media-panel';
import { buildMediaPanelText } from '@/ui/studio/media-panel-text';
import { t } from '../../factories/content';

const NAME = '0123456789abcdef0123456789abcdef.png';
const EARLIER: MediaItemView = { name: 'ffffffffffffffffffffffffffffffff.jpg', width: 1080, height: 2340, size: 312_000, originalName: 'chat.jpg' };
const URL = '/api/admin/media?locale=en';

/** The upload route as the panel's fetch sees it: one answer, recorded calls. */
function routeAnswering(outcome: UploadOutcome, status = 200) {
  const fetchMock = vi.fn(async (_url: string, _init: RequestInit) => new Response(JSON.stringify(outcome), { status, headers: { 'content-type': 'application/json' } }));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function renderPanel(assets: MediaItemView[] = [EARLIER], maxBytes = 5 * 1024 * 1024) {
  render(<MediaPanel uploadUrl={URL} maxBytes={maxBytes} assets={assets} text={buildMediaPanelText(t)} />);
  return userEvent.setup();
}

const png = (size = 10) => new File([new Uint8Array(size)], '付款截图.png', { type: 'image/png' });
const snippet = (name: string) => ['```image', `src: media/${name}`, 'alt: what the picture shows', '```'].join('\n');

afterEach(() => vi.unstubAllGlobals());

describe('MediaPanel', () => {
  it('lists the images uploaded before, with a thumbnail, size and file name', () => {
    renderPanel();
    const list = screen.getByRole('list');
    expect(within(list).getByRole('img', { name: `Uploaded image media/${EARLIER.name}` })).toHaveAttribute('src', `/media/${EARLIER.name}`);
    expect(within(list).getByText(`media/${EARLIER.name}`)).toBeInTheDocument();
    expect(within(list).getByText('1080 × 2340 px, 305 KB, from chat.jpg')).toBeInTheDocument();
  });

  it('says so when nothing is uploaded yet', () => {
    renderPanel([]);
    expect(screen.getByText('No image has been uploaded yet.')).toBeInTheDocument();
  });

  it('uploads the chosen file as the request body, then shows its thumbnail and the Markdown to paste, with a working copy button', async () => {
    const fetchMock = routeAnswering({ ok: true, asset: { name: NAME, width: 40, height: 30, size: 2048, originalName: '付款截图.png', isNew: true } }, 201);
    const user = renderPanel();
    const file = png();
    await user.upload(screen.getByLabelText('Image file (PNG, JPEG or WebP)'), file);
    await user.click(screen.getByRole('button', { name: 'Upload' }));

    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe(URL);
    expect(init.method).toBe('POST');
    expect(init.body).toBe(file);
    expect((init.headers as Record<string, string>)['x-file-name']).toBe(encodeURIComponent('付款截图.png'));

    expect(await screen.findByText(`Uploaded as media/${NAME}. Paste this into both language files where the image belongs, and describe it in alt:`)).toBeInTheDocument();
    const markdown = screen.getByLabelText('Markdown to paste');
    expect(markdown).toHaveValue(snippet(NAME));
    expect(markdown).toHaveAttribute('readonly');
    expect(screen.getAllByRole('img', { name: `Uploaded image media/${NAME}` })[0]).toHaveAttribute('src', `/media/${NAME}`);
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(await navigator.clipboard.readText()).toBe(snippet(NAME));
    expect(screen.getByText('Copied.')).toBeInTheDocument();

    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((item) => within(item).getByText(/^media\//).textContent)).toEqual([`media/${NAME}`, `media/${EARLIER.name}`]);
  });

  it('says when the same picture was uploaded before, and lists it once', async () => {
    routeAnswering({ ok: true, asset: { ...EARLIER, isNew: false } });
    const user = renderPanel();
    await user.upload(screen.getByLabelText('Image file (PNG, JPEG or WebP)'), png());
    await user.click(screen.getByRole('button', { name: 'Upload' }));
    expect(await screen.findByText(/^This picture was uploaded before, as media\/f{32}\.jpg\./)).toBeInTheDocument();
    expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(1);
  });

  it('shows the refusal the route answers', async () => {
    const message = 'This file is not a PNG, JPEG or WebP image: it looks like a web page (HTML).';
    routeAnswering({ ok: false, message }, 415);
    const user = renderPanel();
    await user.upload(screen.getByLabelText('Image file (PNG, JPEG or WebP)'), png());
    await user.click(screen.getByRole('button', { name: 'Upload' }));
    expect(await screen.findByText(message)).toHaveClass('notice', 'error');
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('asks for a file first, and refuses one over the limit without sending it', async () => {
    const fetchMock = routeAnswering({ ok: false, message: 'unused' });
    const user = renderPanel([EARLIER], 1024 * 1024);
    await user.click(screen.getByRole('button', { name: 'Upload' }));
    expect(screen.getByText('Choose an image file first.')).toBeInTheDocument();
    await user.upload(screen.getByLabelText('Image file (PNG, JPEG or WebP)'), png(3 * 1024 * 1024));
    await user.click(screen.getByRole('button', { name: 'Upload' }));
    expect(screen.getByText(/^This file is 3 MB; an image may be at most 1 MB\./)).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('says the upload failed when the server cannot be reached', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('offline'))));
    const user = renderPanel();
    await user.upload(screen.getByLabelText('Image file (PNG, JPEG or WebP)'), png());
    await user.click(screen.getByRole('button', { name: 'Upload' }));
    expect(await screen.findByText('The upload did not reach the server. Check the connection and try again.')).toBeInTheDocument();
  });

  it("shows and copies an earlier image's Markdown from the list", async () => {
    const user = renderPanel();
    await user.click(screen.getByRole('button', { name: 'Copy Markdown' }));
    expect(screen.getByLabelText('Markdown to paste')).toHaveValue(snippet(EARLIER.name));
    expect(await navigator.clipboard.readText()).toBe(snippet(EARLIER.name));
  });
});
