// The whole corpus of malformed fixtures (every folder under tests/fixtures/content/, from every
// content type) through the real build: each stops with the file and the field named, and the
// site published before is left exactly as it was, byte for byte.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuild, temporaryProject } from '../build-project.ts';
import { malformedFixtures } from '../helpers.ts';
import { treeHash } from '../tree-hash.ts';

/** A published site stand-in: pages in nested folders, an asset and a binary file. */
function writePublishedSite(dist: string) {
  mkdirSync(join(dist, 'ke-hoach', 'muc-tieu', 'y-te'), { recursive: true });
  mkdirSync(join(dist, '_astro'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Bản đã xuất bản</title>');
  writeFileSync(join(dist, 'ke-hoach', 'muc-tieu', 'y-te', 'index.html'), '<p>Y tế</p>');
  writeFileSync(join(dist, '_astro', 'BaseLayout.abc123.css'), 'body{margin:0}');
  writeFileSync(join(dist, 'favicon.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 255]));
}

const fixtures = malformedFixtures();

describe('npm run build on every malformed fixture', () => {
  it('has the corpus to run', () => expect(fixtures.length).toBeGreaterThanOrEqual(8));

  it.each(fixtures.map((f) => [f.name, f] as const))('%s: stops, names file and field, keeps dist/ as it was', (_name, fixture) => {
    const root = temporaryProject(fixture.dir);
    try {
      const dist = join(root, 'dist');
      writePublishedSite(dist);
      const before = treeHash(dist);
      const { status, output } = runBuild(root);
      expect(status, output).not.toBe(0);
      expect(output).toContain(fixture.expected.file);
      expect(output).toContain(fixture.expected.field);
      expect(treeHash(dist)).toBe(before);
      expect(readdirSync(root).filter((name) => name.startsWith('.dist-'))).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
