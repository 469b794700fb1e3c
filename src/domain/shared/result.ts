/**
 * Expected failures travel as values. `message` is a catalogue key, `params` fill its
 * placeholders, so the domain never holds prose.
 */
export type Failure<Code extends string = string> = {
  ok: false;
  code: Code;
  message: string;
  params?: Record<string, string | number>;
};
export type Result<T, Code extends string = string> = { ok: true; value: T } | Failure<Code>;

export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function fail<Code extends string>(code: Code, message: string, params?: Record<string, string | number>): Failure<Code> {
  return params ? { ok: false, code, message, params } : { ok: false, code, message };
}
