import type { Locale } from '@/domain/shared/locales';
import '@/ui/styles/my-progress.css';

/** The way to "My progress" from the practice list, "my assignments" and the end of a run. */
export function ProgressLink({ locale, label, hint }: { locale: Locale; label: string; hint?: string }) {
  return (
    <p className="progress-link">
      <a className="button secondary" href={`/${locale}/my/progress`}>
        {label}
      </a>
      {hint && <span>{hint}</span>}
    </p>
  );
}
