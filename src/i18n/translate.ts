export type Messages = Record<string, string>;
export type TranslateParams = Record<string, string | number>;
export type Translate = (key: string, params?: TranslateParams) => string;

/** Fills `{name}` placeholders; an unknown placeholder is left visible so it gets noticed. */
export function formatMessage(template: string, params: TranslateParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A translator over one catalogue; a missing key shows the key itself rather than nothing. */
export function createTranslator(messages: Messages): Translate {
  return (key, params) => formatMessage(messages[key] ?? key, params);
}
