import 'server-only';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@/domain/shared/locales';
import { getTranslator } from '@/i18n/get-messages';
import type { Translate } from '@/i18n/translate';

/** The language a form was sent in: its `locale` field when that is a supported locale, else the default. */
export function formLocale(form: FormData): Locale {
  const value = form.get('locale');
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/** The form's language and a translator for it, for actions that answer with translated messages. */
export function formContext(form: FormData): { locale: Locale; t: Translate } {
  const locale = formLocale(form);
  return { locale, t: getTranslator(locale) };
}
