// `npm run check -- --deploy` refuses a placeholder site address; plain `npm run check` does not.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isPlaceholderSiteUrl } from '../../src/shared/lib/site-url.ts';
import { contentWithFixture, ROOT } from '../../tools/fixtures/content-fixtures.ts';

const check = (root: string, ...flags: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'scripts', 'check-content.ts'), root, ...flags], { encoding: 'utf8' });
const withSiteUrl = (url: string) => {
  const root = contentWithFixture();
  const file = join(root, 'content', 'ward.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^siteUrl: .*$/m, `siteUrl: ${url}`));
  return root;
};
const placeholderRoot = withSiteUrl('https://binhdanggioi.lechan.example');
const realRoot = withSiteUrl('https://binhdanggioi.lechan.gov.vn');
afterAll(() => {
  for (const root of [placeholderRoot, realRoot]) rmSync(root, { recursive: true, force: true });
});

describe('the deployment check', () => {
  it('fails on a placeholder siteUrl, naming the file and the field', () => {
    const run = check(placeholderRoot, '--deploy');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('content/ward.yaml › siteUrl');
  });

  it('passes the same content without --deploy', () => expect(check(placeholderRoot).status).toBe(0));

  it('passes with a real address', () => {
    const run = check(realRoot, '--deploy');
    expect(run.status, run.stderr).toBe(0);
  });

  it('agrees with the committed ward file: it fails exactly while siteUrl is a placeholder', () => {
    const siteUrl = /^siteUrl: (.*)$/m.exec(readFileSync(join(ROOT, 'content', 'ward.yaml'), 'utf8'))?.[1];
    expect(check(ROOT, '--deploy').status).toBe(isPlaceholderSiteUrl(siteUrl) ? 1 : 0);
  });
});
