/**
 * The editor's own small site: one HTML page, the generated config.yml, the Vietnamese strings,
 * and Decap's bundle (decap-cms, React included) copied from node_modules (never a CDN). Built into a folder of its own,
 * outside dist/, so the public site ships no editor code.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'astro/zod';
import { parse, stringify } from 'yaml';
import { articleSchema } from '../../../schemas/article.ts';
import { calendarSchema } from '../../../schemas/calendar.ts';
import { serviceSchema } from '../../../schemas/service.ts';
import { snapshotSchema } from '../../../schemas/snapshot.ts';
import { wardSchema } from '../../../schemas/ward.ts';
import { CONTENT_PATHS } from '../../content/lib/files.ts';
import { decapConfig, type EditorBackend } from './decap-config.ts';
import { EXTRA_VI, mergePhrases, type Phrases } from './locale-vi.ts';

/** The editor page's Content-Security-Policy: like the site's, plus what Decap needs on this page only. */
export function editorCsp(gitOrigin?: string): string {
  const connect = ["'self'", 'blob:', 'data:', ...(gitOrigin ? [gitOrigin] : [])].join(' ');
  return [
    "default-src 'self'",
    // Decap validates its configuration with ajv, which compiles code at run time.
    "script-src 'self' 'unsafe-eval'",
    // Decap's components inject their styles at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src ${connect}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self'${gitOrigin ? ` ${gitOrigin}` : ''}`,
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The editor's HTML page: no inline script, noindex. */
export function editorPage(csp: string): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta http-equiv="Content-Security-Policy" content="${csp.replace(/; frame-ancestors [^;]*/, '')}">
<meta name="referrer" content="no-referrer">
<title>Biên tập nội dung</title>
<link rel="cms-config-url" type="text/yaml" href="config.yml">
<script src="pre.js"></script>
</head>
<body>
<noscript>Trang biên tập cần bật JavaScript.</noscript>
<script src="decap/decap-cms.js"></script>
<script src="init.js"></script>
</body>
</html>
`;
}

/** Decap's own Vietnamese strings with the ones it lacks filled in from this repository. */
export async function vietnamesePhrases(root: string): Promise<Phrases> {
  const url = pathToFileURL(join(root, 'node_modules/decap-cms-locales/dist/esm/vi/index.js')).href;
  const base = (await import(url)).default as Phrases;
  return mergePhrases(base, EXTRA_VI);
}

/** The configuration built from the schemas in src/schemas and the plan's indicators in `contentRoot`. */
export function editorConfig(contentRoot: string, backend: EditorBackend): Record<string, unknown> {
  const read = (path: string) => parse(readFileSync(join(contentRoot, path), 'utf8'));
  return decapConfig(
    {
      article: articleSchema(z.string()),
      service: serviceSchema,
      snapshot: snapshotSchema,
      calendar: calendarSchema,
      ward: wardSchema,
      indicators: read(CONTENT_PATHS.indicators),
      objectives: read(CONTENT_PATHS.objectives),
      units: read(CONTENT_PATHS.ward).units,
    },
    backend,
  );
}

/** Writes the editor into `out`: page, config, strings and Decap's bundle (no source maps). */
export async function buildEditor(options: { codeRoot: string; contentRoot: string; out: string; backend: EditorBackend; gitOrigin?: string }) {
  const { codeRoot, contentRoot, out, backend } = options;
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'decap'), { recursive: true });
  const dist = join(codeRoot, 'node_modules/decap-cms/dist');
  for (const name of readdirSync(dist)) {
    if (/^(\d+\.)?decap-cms\.js$|\.wasm$/.test(name)) copyFileSync(join(dist, name), join(out, 'decap', name));
  }
  const csp = editorCsp(options.gitOrigin);
  writeFileSync(join(out, 'index.html'), editorPage(csp));
  writeFileSync(join(out, 'config.yml'), `# Tạo tự động từ src/schemas bởi "npm run admin"; không sửa tay.\n${stringify(editorConfig(contentRoot, backend))}`);
  writeFileSync(join(out, 'pre.js'), 'window.CMS_MANUAL_INIT = true;\n');
  const phrases = await vietnamesePhrases(codeRoot);
  writeFileSync(join(out, 'init.js'), `window.CMS.registerLocale('vi', ${JSON.stringify(phrases)});\nwindow.CMS.init();\n`);
  return { csp };
}
