// The one rule for a placeholder site address: printed material, the build and the deployment
// check all ask it, so a sample address is never printed or deployed as if it were real.

/** Top-level names reserved so they never resolve on the public internet (RFC 2606, RFC 6761), and local names. */
const RESERVED_TLDS = new Set(['example', 'test', 'invalid', 'localhost', 'local']);
/** Second-level names reserved for documentation (RFC 2606). */
const RESERVED_DOMAINS = new Set(['example.com', 'example.net', 'example.org']);

/** What printed material shows while the site has no real address. */
export const SAMPLE_MARK = 'MẪU — chưa có địa chỉ trang';

/** Whether the site's address is a placeholder: missing, not a web address, or a name that can never resolve. */
export function isPlaceholderSiteUrl(url: string | URL | null | undefined): boolean {
  if (url === null || url === undefined || url === '') return true;
  if (!URL.canParse(String(url))) return true;
  const { protocol, hostname } = new URL(String(url));
  if (protocol !== 'https:' && protocol !== 'http:') return true;
  const host = hostname.toLowerCase().replace(/\.$/, '');
  const labels = host.split('.');
  if (labels.length < 2 || RESERVED_TLDS.has(labels.at(-1)!)) return true;
  if (RESERVED_DOMAINS.has(labels.slice(-2).join('.'))) return true;
  // An IP address is not a public site name either.
  return /^[\d.]+$/.test(host) || host.includes(':');
}

/** The Vietnamese message for staff when the address is a placeholder, or null when it is real. */
export function placeholderSiteUrlProblem(url: string | URL | null | undefined): string | null {
  if (!isPlaceholderSiteUrl(url)) return null;
  return `content/ward.yaml › siteUrl: "${url ?? ''}" là địa chỉ mẫu, không bao giờ mở được. Thẻ và áp phích in ra sẽ ghi "${SAMPLE_MARK}", mã QR không dùng được. Ghi địa chỉ thật của trang vào đây trước khi triển khai.`;
}
