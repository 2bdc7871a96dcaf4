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
