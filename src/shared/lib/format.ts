/** Formats a number the Vietnamese way: comma for decimals, dot for thousands ("1,4", "100.000"). */
export function formatNumber(value: number, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat('vi-VN', { maximumFractionDigits }).format(value);
}

/** Formats a date as dd/mm/yyyy, the way Vietnamese documents write it. */
export function formatDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}

/** Formats a value with its unit: "75%", "1,4 lần", "42 ca/100.000 trẻ sinh sống". */
export function formatValue(value: number, unit: string | null): string {
  const number = formatNumber(value);
  if (unit === null) return number;
  return unit === '%' ? `${number}%` : `${number} ${unit}`;
}
