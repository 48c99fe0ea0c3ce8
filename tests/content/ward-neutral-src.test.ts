// src/ must hold nothing ward- or plan-specific, so another ward reuses it by replacing content/:
// no ward or city name, no year of the plan's period, no emergency number written in code. The
// words to look for come from content/ itself, so the test follows the content it guards.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findTerms, wardTerms } from '../../tools/quality/ward-neutral.ts';

const ward = parse(readFileSync('content/ward.yaml', 'utf8')) as { name: string; city: string; emergency: { phone: string }[] };
const plan = parse(readFileSync('content/plan/plan.yaml', 'utf8')) as { year: number; period: { from: number; to: number } };

/** Code that ships: every .ts, .astro and .mdx file of src/ except unit tests (which may name fixtures). */
const files = readdirSync('src', { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.(?:ts|astro|mdx)$/.test(f) && !f.endsWith('.test.ts'))
  .map((f) => join('src', f));

/** Pages and components, where a hard-coded emergency number would bypass content/ward.yaml. National short codes stay legal in libs (phone validation). */
const isMarkupOrStrings = (file: string) => file.endsWith('.astro') || file.startsWith(join('src', 'i18n'));

describe('src/ is ward-neutral', () => {
  const names = wardTerms({ names: [ward.name, ward.city], years: [plan.year, plan.period.from, plan.period.to], phones: [] });
  const phones = wardTerms({ names: [], years: [], phones: ward.emergency.map((e) => e.phone) });

  it('scans the code that ships', () => {
    expect(files.some((f) => f.endsWith('.astro'))).toBe(true);
    expect(files.some((f) => f.endsWith('ui.ts'))).toBe(true);
  });

  it('names no ward, no city and no year of the plan outside comments', () => {
    const finds = files.flatMap((file) => findTerms(readFileSync(file, 'utf8'), names).map((f) => `${file}:${f.line} ${f.what}: ${f.text}`));
    expect(finds, 'lấy từ content/ (ward.yaml, plan/plan.yaml) thay vì viết trong mã').toEqual([]);
  });

  it('writes no emergency number into a page, a component or a UI string', () => {
    const finds = files
      .filter(isMarkupOrStrings)
      .flatMap((file) => findTerms(readFileSync(file, 'utf8'), phones).map((f) => `${file}:${f.line} ${f.what}: ${f.text}`));
    expect(finds, 'lấy từ content/ward.yaml (emergency) thay vì viết trong mã').toEqual([]);
  });
});
