// Pagefind folds tone marks ("nguoi" finds "người") but not đ/Đ, which has no decomposition.
// We index đ as "d" + U+0335 (combining short stroke overlay): Pagefind drops the combining
// mark for its folded form, so "dinh" finds it, while the exact form "d̵ình" still ranks a fully
// marked query first. Queries get the same mapping; everything read back from the index is unfolded.

const STROKE = '\u0335';

/** Rewrites đ/Đ as d/D plus a combining stroke, for the search index and for queries. */
export const foldD = (text: string) => text.replace(/đ/g, `d${STROKE}`).replace(/Đ/g, `D${STROKE}`);

/** Restores đ/Đ in text read back from the index (titles, excerpts, filter names). */
export const unfoldD = (text: string) => text.replace(/d\u0335/g, 'đ').replace(/D\u0335/g, 'Đ');
