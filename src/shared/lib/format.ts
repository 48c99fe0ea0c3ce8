/** Formats a number the Vietnamese way: comma for decimals, dot for thousands ("1,4", "100.000"). */
export function formatNumber(value: number, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat('vi-VN', { maximumFractionDigits }).format(value);
}

/** Formats a value with its unit: "75%", "1,4 lần", "42 ca/100.000 trẻ sinh sống". */
export function formatValue(value: number, unit: string | null): string {
  const number = formatNumber(value);
  if (unit === null) return number;
  return unit === '%' ? `${number}%` : `${number} ${unit}`;
}
