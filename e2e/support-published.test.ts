// What the build publishes of the support directory: no page for a draft service, and never the
// retired line. (The support pages' accessibility is checked with every page in e2e/every-page.test.ts.)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { builtPages, pageFile } from '../tools/browser/built-site.ts';

describe('what the build publishes', () => {
  const drafts = readdirSync('content/services')
    .map((file) => ({ id: file.replace(/\.ya?ml$/, ''), data: parse(readFileSync(join('content/services', file), 'utf8')) }))
    .filter((s) => s.data.draft === true);

  it('builds no page for a draft and names drafts only on the staff data-health page', () => {
    expect(drafts.length).toBeGreaterThan(0);
    const pages = builtPages();
    for (const draft of drafts) {
      expect(pages).not.toContain(`/ho-tro/${draft.id}/`);
      const mentions = pages.filter((p) => p.endsWith('/') && readFileSync(`dist${pageFile(p)}`, 'utf8').includes(`content/services/${draft.id}.yaml`));
      expect(mentions).toEqual(['/ho-tro/tinh-trang-du-lieu/']);
    }
  });

  it('never publishes the retired line 1800 1567 anywhere', () => {
    for (const path of builtPages()) {
      expect(readFileSync(`dist${pageFile(path)}`, 'utf8'), path).not.toMatch(/1800[\s.]?1567|18001567/);
    }
  });
});
