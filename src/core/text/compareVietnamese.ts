const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Vietnamese alphabetical order (a ă â … d đ …), numbers in numeric order. */
export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}
