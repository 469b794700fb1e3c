'use client';

import { useRef, useState, type FormEvent } from 'react';
import { imageExhibitSnippet } from '@/domain/media/references';
import type { MediaItemView, UploadOutcome } from '@/domain/media/upload-outcome';

export type MediaPanelText = {
  heading: string;
  help: string;
  file: string;
  upload: string;
  uploading: string;
  chooseFirst: string;
  /** With {size} and {max} in MB. */
  tooLarge: string;
  /** With {name}. */
  uploaded: string;
  /** With {name}. */
  alreadyUploaded: string;
  snippetLabel: string;
  altPlaceholder: string;
  copy: string;
  copyReference: string;
  copied: string;
  copyFailed: string;
  failed: string;
  listHeading: string;
  none: string;
  /** With {width}, {height}, {size} (KB) and {file}. */
  details: string;
  /** With {name}. */
  thumbnailAlt: string;
};

type MediaPanelProps = {
  /** The upload route, with the page's language in `?locale=`. */
  uploadUrl: string;
  maxBytes: number;
  assets: MediaItemView[];
  text: MediaPanelText;
};

type Notice = { tone: 'success' | 'error'; message: string };

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
const megabytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/**
 * The studio's images: choose a file and upload it (the route checks it, re-encodes it without
 * metadata and stores it once per picture), then copy the image exhibit's Markdown to paste into
 * both language files. Below, every uploaded image with its Markdown. The file goes as the
 * request body, not through a server action, which takes 1 MB at most.
 */
export function MediaPanel({ uploadUrl, maxBytes, assets, text }: MediaPanelProps) {
  const [items, setItems] = useState(assets);
  /** The image whose Markdown shows at the top: the one just uploaded, or one chosen from the list. */
  const [latest, setLatest] = useState<MediaItemView | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [isPending, setPending] = useState(false);
  const [copied, setCopied] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const snippetOf = (name: string) => imageExhibitSnippet(name, text.altPlaceholder);

  const upload = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    setCopied(null);
    if (!file) return setNotice({ tone: 'error', message: text.chooseFirst });
    if (file.size > maxBytes) return setNotice({ tone: 'error', message: fill(text.tooLarge, { size: megabytes(file.size), max: megabytes(maxBytes) }) });
    setPending(true);
    setNotice(null);
    try {
      const response = await fetch(uploadUrl, { method: 'POST', body: file, headers: { 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(file.name) } });
      const outcome = (await response.json()) as UploadOutcome;
      if (!outcome.ok) {
        setNotice({ tone: 'error', message: outcome.message });
        return;
      }
      setLatest(outcome.asset);
      setItems((current) => [outcome.asset, ...current.filter((item) => item.name !== outcome.asset.name)]);
      setNotice({ tone: 'success', message: fill(outcome.asset.isNew ? text.uploaded : text.alreadyUploaded, { name: outcome.asset.name }) });
      if (fileInput.current) fileInput.current.value = '';
    } catch {
      setNotice({ tone: 'error', message: text.failed });
    } finally {
      setPending(false);
    }
  };

  const copy = async (name: string) => {
    try {
      await navigator.clipboard.writeText(snippetOf(name));
      setCopied(name);
    } catch {
      // Clipboard access can be refused (plain http on a LAN address): select the text for a manual copy.
      setCopied(`failed:${name}`);
      setTimeout(() => (document.getElementById(`media-snippet-${name}`) as HTMLTextAreaElement | null)?.select());
    }
  };

  const choose = (item: MediaItemView) => {
    setLatest(item);
    setNotice(null);
    void copy(item.name);
  };

  const copyStatus = (name: string) => (copied === name ? text.copied : copied === `failed:${name}` ? text.copyFailed : '');

  return (
    <section className="panel studio-media" aria-labelledby="studio-media-heading">
      <h2 id="studio-media-heading">{text.heading}</h2>
      <p className="hint">{text.help}</p>
      <form className="studio-media-upload" onSubmit={upload} noValidate>
        <div className="field">
          <label htmlFor="studio-media-file">{text.file}</label>
          <input id="studio-media-file" ref={fileInput} type="file" accept="image/png,image/jpeg,image/webp" aria-describedby="studio-media-notice" />
        </div>
        <button type="submit" className="button primary" disabled={isPending}>
          {isPending ? text.uploading : text.upload}
        </button>
      </form>
      <div id="studio-media-notice" aria-live="polite">
        {notice && <p className={`notice ${notice.tone}`}>{notice.message}</p>}
      </div>
      {latest && (
        <div className="studio-media-latest">
          {/* eslint-disable-next-line @next/next/no-img-element -- an uploaded image, served as it is stored */}
          <img src={`/media/${latest.name}`} alt={fill(text.thumbnailAlt, { name: latest.name })} width={latest.width} height={latest.height} />
          <div className="studio-media-snippet">
            <label htmlFor={`media-snippet-${latest.name}`}>{text.snippetLabel}</label>
            <textarea id={`media-snippet-${latest.name}`} readOnly rows={4} wrap="off" value={snippetOf(latest.name)} spellCheck={false} />
            <div className="studio-media-copy">
              <button type="button" className="button secondary" onClick={() => copy(latest.name)}>
                {text.copy}
              </button>
              <span aria-live="polite">{copyStatus(latest.name)}</span>
            </div>
          </div>
        </div>
      )}
      <h3>{text.listHeading}</h3>
      {items.length === 0 ? (
        <p className="hint">{text.none}</p>
      ) : (
        <ul className="studio-media-list">
          {items.map((item) => (
            <li key={item.name}>
              {/* eslint-disable-next-line @next/next/no-img-element -- an uploaded image, served as it is stored */}
              <img src={`/media/${item.name}`} alt={fill(text.thumbnailAlt, { name: item.name })} width={item.width} height={item.height} loading="lazy" />
              <div className="studio-media-item">
                <code>media/{item.name}</code>
                <span className="hint">{fill(text.details, { width: item.width, height: item.height, size: Math.max(1, Math.round(item.size / 1024)), file: item.originalName })}</span>
                <button type="button" className="button secondary small" onClick={() => choose(item)}>
                  {text.copyReference}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
