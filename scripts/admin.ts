// npm run admin: the browser editor (Decap CMS) against this working copy, offline.
// Builds the editor into .admin/ (never into dist/), serves it at /admin/ and Decap's local
// file-system backend at /api/v1 on the same origin, then prints the address.
//   --port N (or ADMIN_PORT; default 4322)  --content DIR: edit another copy of the repository
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildEditor } from '../src/lib/admin/site.ts';

const { values } = parseArgs({ options: { port: { type: 'string' }, content: { type: 'string' } } });
const port = Number(values.port ?? process.env.ADMIN_PORT ?? 4322);
const codeRoot = resolve('.');
const contentRoot = resolve(values.content ?? '.');
const out = resolve('.admin');

const { csp } = await buildEditor({ codeRoot, contentRoot, out, backend: { name: 'local' } });

const require = createRequire(import.meta.url);
const express = require('express');
const { registerLocalFs } = require('decap-server/dist/middlewares.js');
process.env.GIT_REPO_DIRECTORY = contentRoot;

const app = express();
app.disable('x-powered-by');
app.use((_req: unknown, res: { set: (h: Record<string, string>) => void }, next: () => void) => {
  res.set({ 'Content-Security-Policy': csp, 'X-Robots-Tag': 'noindex, nofollow', 'Referrer-Policy': 'no-referrer', 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' });
  next();
});
app.get('/', (_req: unknown, res: { redirect: (to: string) => void }) => res.redirect('/admin/'));
app.use('/admin', express.static(out));
await registerLocalFs(app, { logLevel: 'warn' });
app.listen(port, '127.0.0.1', () => {
  console.log(`Trình biên tập đang chạy: http://localhost:${port}/admin/`);
  console.log(`Sửa nội dung trong: ${contentRoot}`);
  console.log('Dừng: Ctrl+C');
});
