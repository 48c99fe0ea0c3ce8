// npm run admin: the browser editor (Decap CMS) against this working copy, offline.
// Builds the editor into .admin/ (never into dist/), serves it at /admin/ and Decap's local
// file-system backend at /api/v1 on the same origin, then prints the address.
//   --port N (or ADMIN_PORT; default 4322)   --content DIR: edit another copy of the repository
// For a server (README, "Browser editor"): only build the editor's folder for a git server:
//   npm run admin -- --out build-admin --backend forgejo --git-url https://git.example --repo phuong/binh-dang-gioi --app-id ID
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { EditorBackend } from '../src/features/admin/lib/decap-config.ts';
import { buildEditor } from '../src/features/admin/lib/site.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    content: { type: 'string' },
    out: { type: 'string' },
    backend: { type: 'string' },
    'git-url': { type: 'string' },
    repo: { type: 'string' },
    'app-id': { type: 'string' },
  },
});
const codeRoot = resolve('.');
const contentRoot = resolve(values.content ?? '.');

if (values.backend) {
  const name = values.backend;
  const gitUrl = values['git-url']?.replace(/\/$/, '');
  if (!['forgejo', 'gitea', 'github'].includes(name) || !values.repo || (name !== 'github' && (!gitUrl || !values['app-id']))) {
    console.error('Cần --backend forgejo|gitea|github, --repo chu-so-huu/ten-kho, và với Forgejo/Gitea: --git-url https://… --app-id <Client ID>');
    process.exit(1);
  }
  const backend = {
    name,
    repo: values.repo,
    ...(gitUrl ? { base_url: gitUrl, api_root: `${gitUrl}/api/v1`, app_id: values['app-id'] } : {}),
  } as EditorBackend;
  const out = resolve(values.out ?? 'build-admin');
  const gitOrigin = name === 'github' ? 'https://api.github.com' : new URL(gitUrl as string).origin;
  await buildEditor({ codeRoot, contentRoot, out, backend, gitOrigin });
  console.log(`Đã dựng trình biên tập vào ${out}: đặt thư mục này ở /admin/ của máy chủ biên tập (deploy/editor.conf).`);
  process.exit(0);
}

const port = Number(values.port ?? process.env.ADMIN_PORT ?? 4322);
const out = resolve('.admin');
const { csp } = await buildEditor({ codeRoot, contentRoot, out, backend: { name: 'local' } });

const require = createRequire(import.meta.url);
const express = require('express');
const { registerLocalFs } = require('decap-server/dist/middlewares.js');
process.env.GIT_REPO_DIRECTORY = contentRoot;

const app = express();
app.disable('x-powered-by');
app.use((_req: unknown, res: { set: (h: Record<string, string>) => void }, next: () => void) => {
  res.set({
    'Content-Security-Policy': csp,
    'X-Robots-Tag': 'noindex, nofollow',
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  });
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
