import { errorHeading, type ContentProblem } from './problems.ts';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page `npm run dev` shows instead of the site while content has errors: each file, line, field and fix. */
export function errorPage(problems: readonly ContentProblem[]): string {
  const byFile = Map.groupBy(problems, (p) => p.file);
  const sections = [...byFile]
    .map(([file, list]) => {
      const items = [...list]
        .sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
        .map((p) => `<li>${p.line ? `<strong>dòng ${p.line}</strong> · ` : ''}<code>${escapeHtml(p.field)}</code>: ${escapeHtml(p.message)}</li>`)
        .join('');
      return `<section><h2><code>${escapeHtml(file)}</code></h2><ul>${items}</ul></section>`;
    })
    .join('');
  return `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Nội dung có lỗi</title></head>
<body style="font: 1rem/1.5 system-ui, sans-serif; max-width: 48rem; margin: 1rem auto; padding: 0 1rem">
<h1>${escapeHtml(errorHeading(problems.length))}</h1>
${sections}
<p>Sửa các lỗi trên trong tệp rồi tải lại trang này. Có thể kiểm tra nhanh bằng lệnh <code>npm run check</code>.</p>
</body>
</html>
`;
}
