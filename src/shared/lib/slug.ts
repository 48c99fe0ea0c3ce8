/** An id that is safe in a URL: lowercase ASCII letters and digits in groups joined by single hyphens ("tram-y-te"). */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Vietnamese text without its marks: tone and vowel marks dropped, đ→d, Đ→D ("Đăng ký" → "Dang ky"). */
export const withoutMarks = (text: string): string => text.replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFD').replace(/\p{M}/gu, '');

/** Turns a Vietnamese title into an ASCII URL slug: tone marks dropped, đ→d, e.g. "Đăng ký" → "dang-ky". */
export function slugify(title: string): string {
  return withoutMarks(title)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
