// The emergency numbers must paint, styled, from the HTML alone: a few critical rules are inlined in every
// page (src/shared/styles/critical.css) and the site's stylesheets load after the numbers. An inline <style> is
// allowed only by its hash, in the <meta> CSP (astro.config.mjs) and in the header CSP (deploy/site.conf):
// both come from the one function below, and the build stops if site.conf lags behind.
import { createHash } from 'node:crypto';

/** Comments out, whitespace collapsed: the critical CSS has no strings with runs of spaces. */
export function minifyCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}

/** A CSP hash source for the exact text of an inline element, without the quotes: "sha256-…". */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** The inline style of every page, from the text of src/shared/styles/critical.css. */
export function criticalStyle(source: string): { css: string; hash: `sha256-${string}` } {
  const css = minifyCss(source);
  return { css, hash: cspHash(css) };
}

/** The sources of style-src in the Content-Security-Policy header of an nginx config, with the line it is on. */
export function headerStyleSources(conf: string): { line: number; sources: string[] } | null {
  const lines = conf.split('\n');
  const index = lines.findIndex((line) => /^\s*add_header\s+Content-Security-Policy\s/.test(line));
  if (index === -1) return null;
  const directive = lines[index]!.split(/[";]/).find((part) => /^\s*style-src\s/.test(part));
  return { line: index + 1, sources: directive ? directive.trim().split(/\s+/).slice(1) : [] };
}

/** Why deploy/site.conf would block the inline critical style, in Vietnamese, or null when it allows exactly that hash. */
export function siteConfStyleProblem(conf: string, hash: string, file = 'deploy/site.conf'): string | null {
  const header = headerStyleSources(conf);
  if (!header) return `${file}: không có dòng add_header Content-Security-Policy.`;
  const expected = `'${hash}'`;
  if (header.sources.includes(expected) && header.sources.filter((source) => source.startsWith("'sha")).length === 1) return null;
  return (
    `${file}, dòng ${header.line}, style-src: phải cho phép đúng mã băm của CSS trọng yếu (src/shared/styles/critical.css), ` +
    `nếu không trình duyệt chặn nó và số khẩn cấp hiện ra không có kiểu. Sửa thành: style-src 'self' ${expected}`
  );
}

/**
 * Moves the page's stylesheet links from <head> to just after the element marked data-first-paint (the
 * emergency numbers), so the browser paints everything up to the numbers with the inline critical CSS,
 * without waiting for a stylesheet. A page without the mark is returned unchanged. The marked element
 * must not contain an element of its own kind (the emergency block is a section with a heading and a list).
 */
export function stylesheetsAfterFirstPaint(html: string): string {
  const headEnd = html.indexOf('</head>');
  const mark = headEnd === -1 ? -1 : html.indexOf(' data-first-paint', headEnd);
  if (mark === -1) return html;
  const tag = /^<([a-z][a-z0-9-]*)/.exec(html.slice(html.lastIndexOf('<', mark)))?.[1];
  const close = tag ? html.indexOf(`</${tag}>`, mark) : -1;
  if (close === -1) return html;
  const links: string[] = [];
  const head = html.slice(0, headEnd).replace(/<link\b[^>]*\brel="?stylesheet"?[^>]*>/g, (link) => {
    links.push(link);
    return '';
  });
  if (links.length === 0) return html;
  const after = close + `</${tag}>`.length;
  return head + html.slice(headEnd, after) + links.join('') + html.slice(after);
}
