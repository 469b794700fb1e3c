import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

// Raw HTML in content is not rendered at all; sanitising the output as well means a parser bug
// or a crafted link can still never produce script, event handlers or javascript: URLs.
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'em', 'del', 'code', 'ul', 'ol', 'li', 'blockquote', 'a', 'h3', 'h4'],
  allowedAttributes: { a: ['href'] },
  allowedSchemes: ['https', 'http', 'mailto'],
  transformTags: {
    a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow', target: '_blank' }),
  },
};

/** Renders author Markdown to HTML that is safe to inject. */
export function renderMarkdown(source: string): string {
  return sanitizeHtml(markdown.render(source), { ...SANITIZE_OPTIONS, allowedAttributes: { a: ['href', 'rel', 'target'] } });
}

/** Sanitises HTML produced elsewhere with the same allow-list. */
export function sanitizeContentHtml(html: string): string {
  return sanitizeHtml(html, SANITIZE_OPTIONS);
}

export type MarkdownFence = { info: string; contentLines: string[]; startLine: number; endLine: number };

/** Finds fenced code blocks in a Markdown body; lines are 0-based within the body. */
export function findFences(body: string): MarkdownFence[] {
  const lines = body.split(/\r?\n/);
  return markdown
    .parse(body, {})
    .filter((token) => token.type === 'fence' && token.map)
    .map((token) => {
      const [start, end] = token.map as [number, number];
      return { info: token.info.trim().split(/\s+/)[0] ?? '', contentLines: lines.slice(start + 1, end - 1), startLine: start, endLine: end };
    });
}
