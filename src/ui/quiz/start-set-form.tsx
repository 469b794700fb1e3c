import type { ReactNode } from 'react';
import type { Locale } from '@/domain/shared/locales';

type StartSetFormProps = {
  action: (form: FormData) => Promise<void>;
  setId: string;
  locale: Locale;
  /** Starting over names the unfinished run it replaces; "retry the ones I missed" names the run it repeats. */
  replaces?: string;
  retryOf?: string;
  className?: string;
  /** Between the fields and the button: a warning the button confirms. */
  children?: ReactNode;
  button: { label: string; className: string; describedBy?: string };
};

/** The form that starts a practice run of a set, as every "start", "again" and "start over" button sends it. */
export function StartSetForm({ action, setId, locale, replaces, retryOf, className, children, button }: StartSetFormProps) {
  return (
    <form action={action} className={className}>
      <input type="hidden" name="setId" value={setId} />
      <input type="hidden" name="locale" value={locale} />
      {replaces && <input type="hidden" name="replaces" value={replaces} />}
      {retryOf && <input type="hidden" name="retryOf" value={retryOf} />}
      {children}
      <button type="submit" className={button.className} aria-describedby={button.describedBy}>
        {button.label}
      </button>
    </form>
  );
}
