import type { Verdict } from '@/domain/content/taxonomy';
import '@/ui/styles/focus.css';

export type FocusPreviewText = {
  heading: string;
  draw: string;
  scam: string;
  genuine: string;
};

/**
 * What a focus set assigned as a follow-up will draw from: every scenario of its pool with its
 * verdict in words. The draw itself happens once, when the assignment is created.
 */
export function FocusPreview({ scenarios, text }: { scenarios: readonly { id: string; title: string; verdict: Verdict }[]; text: FocusPreviewText }) {
  return (
    <section className="panel focus-preview" aria-labelledby="focus-preview-heading">
      <h2 id="focus-preview-heading">{text.heading}</h2>
      <p>{text.draw}</p>
      <ul className="focus-pool">
        {scenarios.map((scenario) => (
          <li key={scenario.id}>
            <span className={`focus-verdict verdict-${scenario.verdict}`}>{scenario.verdict === 'scam' ? text.scam : text.genuine}</span> {scenario.title}
          </li>
        ))}
      </ul>
    </section>
  );
}
