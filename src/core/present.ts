/**
 * The value an invariant guarantees (a code the template defines, a row built a line above).
 * Missing, it is a bug: say which, rather than carry undefined further.
 */
export function present<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`Bug: ${what} is missing`);
  return value;
}
