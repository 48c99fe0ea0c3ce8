// A handful of representative fixtures (one per kind of failure: code in an article, an impossible
// date, a duplicated id, the retired number, a billion-laughs YAML file, a broken reference) through
// the real build: each stops naming the file, the line and the field, and the site published before
// is left exactly as it was, byte for byte. Every fixture goes through the guard in guard-cases.test.ts.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuild, temporaryProject } from '../../tools/fixtures/build-project.ts';
import { GUARD_CASES } from '../fixtures/guard-cases.ts';
import { applyCase, folderCases } from '../../tools/fixtures/content-fixtures.ts';
import { treeHash } from '../../tools/fixtures/tree-hash.ts';

/** A published site stand-in: pages in nested folders, an asset and a binary file. */
function writePublishedSite(dist: string) {
  mkdirSync(join(dist, 'ke-hoach', 'muc-tieu', 'y-te'), { recursive: true });
  mkdirSync(join(dist, '_astro'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Bản đã xuất bản</title>');
  writeFileSync(join(dist, 'ke-hoach', 'muc-tieu', 'y-te', 'index.html'), '<p>Y tế</p>');
  writeFileSync(join(dist, '_astro', 'BaseLayout.abc123.css'), 'body{margin:0}');
  writeFileSync(join(dist, 'favicon.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 255]));
}

const REPRESENTATIVE = ['<script src={x}>', '30 February', 'a unit listed twice in duties.yaml', '+84', 'a billion-laughs file', 'indicator-unknown-unit'];
const fixtures = [...GUARD_CASES, ...folderCases()].filter((c) => REPRESENTATIVE.includes(c.name));

describe('npm run build on representative malformed fixtures', () => {
  it('has them all', () => expect(fixtures.map((f) => f.name).sort()).toEqual([...REPRESENTATIVE].sort()));

  // Concurrent: each build is its own process in its own copy, so two run at once on two cores.
  it.concurrent.for(fixtures.map((f) => [`${f.class}: ${f.name}`, f] as const))(
    '%s: stops, names file, line and field, keeps dist/ as it was',
    async ([, fixture], { expect }) => {
      const root = temporaryProject();
      try {
        applyCase(root, fixture);
        const dist = join(root, 'dist');
        writePublishedSite(dist);
        const before = treeHash(dist);
        const { status, output } = await runBuild(root);
        expect(status, output).not.toBe(0);
        const { file, field, line } = fixture.expect ?? { file: '(none)' };
        expect(output).toContain(`✖ ${file}`);
        if (line) expect(output).toContain(`dòng ${line} · `);
        if (field) expect(output).toContain(field);
        expect(output).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
        expect(treeHash(dist)).toBe(before);
        expect(readdirSync(root).filter((name) => name.startsWith('.dist-'))).toEqual([]);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
  );
});
