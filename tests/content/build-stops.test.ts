import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers.ts';
import { runBuild, temporaryProject } from '../build-project.ts';

const root = temporaryProject(join(FIXTURES, 'indicator-unknown-unit'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('npm run build with a staff mistake', () => {
  it('stops, names the file and the field, and leaves the published dist/ untouched', () => {
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'dist', 'index.html'), 'bản đã xuất bản');
    const { status, output } = runBuild(root);
    expect(status).not.toBe(0);
    expect(output).toContain('content/plan/indicators.yaml');
    expect(output).toContain('mục 9 (id "4.1") › responsible[0]');
    expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toBe('bản đã xuất bản');
    expect(existsSync(join(root, 'dist', 'ke-hoach'))).toBe(false);
  });
});
