// Every built HTML file passes html-validate (rules in .htmlvalidate.json) with 0 errors, ends at </html>, and passes
// the W3C Nu HTML Checker (one Java process for all of them, tools/quality/nu-checker.ts) with no error or warning.
// The Nu checker also reads the two HTML pages built outside dist/: the content guard's error page (npm run dev)
// and the editor's page (npm run admin).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorCsp, editorPage } from '../src/features/admin/lib/site.ts';
import { errorPage } from '../src/features/content/lib/error-page.ts';
import { nuProblems, runNu } from '../tools/quality/nu-checker.ts';
import { builtFiles } from '../tools/browser/built-site.ts';

const htmlvalidate = new HtmlValidate(new FileSystemConfigLoader());
const htmlFiles = builtFiles().filter((file) => file.endsWith('.html'));

describe('html-validate on every built page', () => {
  it.each(htmlFiles)('%s has no error', async (file) => {
    const report = await htmlvalidate.validateFile(`dist${file}`);
    const errors = report.results.flatMap((result) => result.messages).filter((message) => message.severity === 2);
    expect(errors.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`)).toEqual([]);
  });

  // A <script> written in a page after its layout lands after </html>; html-validate does not see it.
  it.each(htmlFiles)('%s has nothing after </html>', (file) => {
    const html = readFileSync(`dist${file}`, 'utf8');
    expect(html.slice(html.lastIndexOf('</html>') + '</html>'.length).trim()).toBe('');
  });
});

// Outside dist/: written from the functions that make them, with the editor's CSP for a git server, and a control
// page with the mistake this check was added for, so a run that checks nothing cannot pass.
const outside = mkdtempSync(join(tmpdir(), 'nu-pages-'));
const CONTROL = '(control page: a script after </html>)';
const extraFiles = Object.entries({
  '(content guard error page)': errorPage([
    { file: 'content/services/thu.yaml', field: 'verifiedAt', message: 'ngày 2026-02-30 không có trên lịch', line: 13 },
    { file: 'content/articles/bai.mdx', field: 'nội dung', message: 'không dùng thẻ <script> trong bài viết' },
  ]),
  '(editor page admin/index.html)': editorPage(editorCsp('https://git.phuong.example')),
  [CONTROL]: '<!doctype html><html lang="vi"><head><title>x</title></head><body><p>x</p></body></html><script src="/a.js"></script>',
}).map(([name, html], index) => {
  const path = join(outside, `page-${index}.html`);
  writeFileSync(path, html);
  return { name, path, html };
});
afterAll(() => rmSync(outside, { recursive: true, force: true }));
// Started now, so the Java process works while html-validate checks the pages above; awaited below.
const dist = resolve('dist');
const started = performance.now();
const nuRun = runNu([...htmlFiles.map((file) => dist + file), ...extraFiles.map((page) => page.path)]).then(
  (result) => ({ ...result, seconds: (performance.now() - started) / 1000 }),
  (error: unknown) => ({ error }),
);

describe('Nu HTML Checker on every built page, the error page and the editor page', () => {
  const files = [...htmlFiles, ...extraFiles.map((page) => page.name)];
  let problems: Map<string, string[]>;
  let checked: string[];

  beforeAll(async () => {
    const run = await nuRun;
    if ('error' in run) throw run.error;
    console.info(`vnu.jar: ${run.checked.length} files in ${run.seconds.toFixed(1)} s`);
    const extra = (key: 'name' | 'path', value: string) => extraFiles.find((page) => page[key] === value);
    const fileOf = (url: string) => {
      const path = url.startsWith('file:') ? fileURLToPath(url) : url;
      return extra('path', path)?.name ?? path.slice(dist.length);
    };
    checked = run.checked.map(fileOf);
    problems = nuProblems(run.messages, fileOf, (file) => extra('name', file)?.html ?? readFileSync(`dist${file}`, 'utf8'));
  }, 300_000);

  it('read every file, and only those', () => {
    expect(checked.toSorted()).toEqual(files.toSorted());
  });

  it.each(files.filter((file) => file !== CONTROL))('%s has no error or warning', (file) => {
    expect(problems.get(file) ?? []).toEqual([]);
  });

  it('finds the stray script of the control page', () => {
    expect(problems.get(CONTROL)).toEqual([expect.stringMatching(/^1:\d+ error: Stray start tag “script”\./), expect.stringMatching(/fatal error/)]);
  });

  it('reports nothing about a file it was not given', () => {
    expect([...problems.keys()].filter((file) => !files.includes(file))).toEqual([]);
  });
});
