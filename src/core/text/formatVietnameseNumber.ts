/**
 * Numbers as Vietnamese prose writes them: a dot between thousands and a decimal comma,
 * `70.124`, `90,98`. Written by hand, not with Intl, so the output is the same on every
 * machine whatever its ICU data.
 */
export function formatVietnameseNumber(value: number, maxDecimals = 2): string {
  const rounded = Number(value.toFixed(maxDecimals));
  const sign = rounded < 0 ? '-' : '';
  const [whole, fraction = ''] = Math.abs(rounded).toFixed(maxDecimals).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const decimals = fraction.replace(/0+$/, '');
  return `${sign}${grouped}${decimals ? `,${decimals}` : ''}`;
}

/** `90,98%`. */
export function formatVietnamesePercent(value: number, maxDecimals = 2): string {
  return `${formatVietnameseNumber(value, maxDecimals)}%`;
}

/** Decimals a set of figures needs, at most `max`: one table's ratios are then all written with as many. */
export function decimalsNeeded(values: Iterable<number | null | undefined>, max = 2): number {
  let needed = 0;
  for (const v of values) {
    if (v === null || v === undefined || !Number.isFinite(v)) continue;
    const fraction = Math.abs(v).toFixed(max).split('.')[1] ?? '';
    needed = Math.max(needed, fraction.replace(/0+$/, '').length);
  }
  return needed;
}

/** `85,80%` beside `94,86%`: exactly `decimals` decimals, so a column of ratios reads alike. */
export function formatVietnamesePercentFixed(value: number, decimals: number): string {
  const [whole, fraction] = formatVietnameseNumber(value, decimals).split(',');
  return `${whole}${decimals > 0 ? `,${(fraction ?? '').padEnd(decimals, '0')}` : ''}%`;
}
