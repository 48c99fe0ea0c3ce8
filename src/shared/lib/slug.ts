/** Turns a Vietnamese title into an ASCII URL slug: tone marks dropped, đ→d, e.g. "Đăng ký" → "dang-ky". */
export function slugify(title: string): string {
  return title
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
