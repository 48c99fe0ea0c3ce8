// How a built page is prepared for the search index (never what is served).
import { foldD } from './fold.ts';

/**
 * Puts a space between two tags that touch, so text in neighbouring elements stays separate words
 * in the index and its excerpts: `<dt>Nguồn</dt><dd>hieuluat.vn</dd>` reads "Nguồn hieuluat.vn",
 * not "Nguồnhieuluat.vn"; `<span>113</span><span>Công an</span>` reads "113 Công an".
 */
export const spaceBetweenTags = (html: string) => html.replace(/>(?=<)/g, '> ');

/** The page as the index sees it: touching elements spaced, đ folded (see fold.ts) unless `fold` is false. */
export const indexableHtml = (html: string, fold = true) => (fold ? foldD(spaceBetweenTags(html)) : spaceBetweenTags(html));
