import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../../schemas/article.ts';
import { calendarSchema } from '../../../schemas/calendar.ts';
import { serviceSchema, TOPICS } from '../../../schemas/service.ts';
import { snapshotSchema } from '../../../schemas/snapshot.ts';
import { wardSchema } from '../../../schemas/ward.ts';
import { decapConfig, formSchema, type DecapField } from './decap-config.ts';
import { phraseKeys, type Phrases } from './locale-vi.ts';
import { editorCsp, editorPage, vietnamesePhrases } from './site.ts';

const indicators = [
  { id: '1.1', shortName: 'Một' },
  { id: '3.2a', shortName: 'Hai' },
];
const objectives = [{ slug: 'gia-dinh', domain: 'Gia đình' }];
const units = [{ id: 'tram-y-te', name: 'Trạm y tế phường' }];
const sources = {
  article: articleSchema(z.string()),
  service: serviceSchema,
  snapshot: snapshotSchema,
  calendar: calendarSchema,
  ward: wardSchema,
  indicators,
  objectives,
  units,
};

type Collection = { name: string; fields?: DecapField[]; files?: { name: string; file: string; fields: DecapField[] }[]; folder?: string };
const config = decapConfig(sources, { name: 'local' });
const collections = config.collections as Collection[];
const fieldsOf = (name: string): DecapField[] => {
  for (const c of collections) {
    if (c.name === name) return c.fields ?? [];
    const file = c.files?.find((f) => f.name === name);
    if (file) return file.fields;
  }
  throw new Error(name);
};
/** A field by path, e.g. "contacts.hours.weekly.from". */
const field = (collection: string, path: string): DecapField => {
  let fields = fieldsOf(collection);
  let found: DecapField | undefined;
  for (const name of path.split('.')) {
    found = fields.find((f) => f.name === name);
    if (!found) throw new Error(`${collection}: ${path}`);
    fields = (found.fields as DecapField[] | undefined) ?? [];
  }
  return found as DecapField;
};
const values = (f: DecapField) => (f.options as { value: unknown }[]).map((o) => o.value);
const pattern = (f: DecapField) => new RegExp((f.pattern as [string, string])[0]);
const schemaKeys = (schema: z.ZodType) => Object.keys(formSchema(schema).properties as object);

describe('the editor configuration generated from src/schemas', () => {
  it('has a Vietnamese label for every field of every schema (a new field fails here until it gets one)', () => {
    const missing: string[] = [];
    decapConfig(sources, { name: 'local' }, missing);
    expect(missing).toEqual([]);
  });

  it.each([
    ['articles', sources.article],
    ['services', serviceSchema],
    ['snapshots', snapshotSchema],
    ['calendar', calendarSchema],
    ['ward', wardSchema],
  ])('gives %s exactly the fields of its schema', (name, schema) => {
    const names = fieldsOf(name)
      .map((f) => f.name)
      .filter((n) => n !== 'body');
    expect(names).toEqual(schemaKeys(schema));
  });

  it('requires nothing inside an optional object (Decap would block saving without it); the guard checks it', () => {
    expect(field('articles', 'cover').required).toBe(false);
    expect(field('articles', 'cover.alt').required).toBe(false);
  });

  it('marks as required exactly what the schema requires', () => {
    const required = new Set((formSchema(serviceSchema).required as string[]) ?? []);
    for (const f of fieldsOf('services')) expect(f.required, f.name).toBe(required.has(f.name));
    expect(field('articles', 'title').required).toBe(true);
    expect(field('articles', 'body').widget).toBe('markdown');
  });

  it('offers the schema enums as drop-down lists, with Vietnamese names', () => {
    expect(values(field('services', 'topics'))).toEqual([...TOPICS]);
    expect(field('services', 'topics').multiple).toBe(true);
    expect(field('services', 'topics').min).toBe(1);
    const kind = field('services', 'contacts.kind');
    expect(values(kind)).toEqual(serviceSchema.shape.contacts.unwrap().element.shape.kind.options);
    expect((kind.options as { label: string }[]).find((o) => o.label === 'Điện thoại')).toBeTruthy();
  });

  it('takes article topics from the objectives and reporting units from the ward file', () => {
    expect(values(field('articles', 'topics'))).toEqual(objectives.map((o) => o.slug));
    expect(values(field('snapshots', 'reportingUnit'))).toEqual(units.map((u) => u.id));
  });

  it('checks times with the schema pattern and writes dates as YYYY-MM-DD', () => {
    const from = pattern(field('services', 'contacts.hours.weekly.from'));
    expect(['08:00', '17:30', '24:00'].every((t) => from.test(t))).toBe(true);
    expect(['8h', '8:00', '25:00'].some((t) => from.test(t))).toBe(false);
    for (const [c, p] of [
      ['articles', 'publishDate'],
      ['services', 'verifiedAt'],
      ['snapshots', 'published'],
    ] as const) {
      expect(field(c, p)).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false });
    }
    const id = pattern(field('calendar', 'events.id'));
    expect(id.test('thang-hanh-dong')).toBe(true);
    expect(id.test('Tháng hành động')).toBe(false);
  });

  it('shows opening hours as a form: 24/7 switch, weekly periods and the holiday rule', () => {
    expect(field('services', 'contacts.hours.always').widget).toBe('boolean');
    expect(field('services', 'contacts.hours.weekly').widget).toBe('list');
    expect(values(field('services', 'contacts.hours.weekly.days'))).toEqual(['cn', 't2', 't3', 't4', 't5', 't6', 't7']);
  });

  it('gives a snapshot one optional sub-form per indicator, in the plan order', () => {
    const perIndicator = field('snapshots', 'values').fields as DecapField[];
    expect(perIndicator.map((f) => f.name)).toEqual(indicators.map((i) => i.id));
    expect(perIndicator.every((f) => f.required === false)).toBe(true);
    expect((perIndicator[0]!.fields as DecapField[]).map((f) => f.name)).toEqual(schemaKeys(snapshotSchema.shape.values.valueType));
  });

  it('edits the calendar and the ward file, never the plan', () => {
    const files = collections.flatMap((c) => c.files?.map((f) => f.file) ?? []);
    const folders = collections.map((c) => c.folder).filter(Boolean);
    expect(files).toEqual(['content/calendar.yaml', 'content/ward.yaml']);
    expect([...files, ...folders].some((p) => String(p).includes('plan'))).toBe(false);
  });

  it('uses the local backend for npm run admin, the editorial workflow for a git server', () => {
    expect(config.backend).toMatchObject({ name: 'proxy' });
    expect(config.publish_mode).toBeUndefined();
    const forgejo = decapConfig(sources, { name: 'forgejo', repo: 'phuong/binh-dang-gioi', base_url: 'https://git.example', app_id: 'x' });
    expect(forgejo.publish_mode).toBe('editorial_workflow');
    // Decap's gitea backend has no workflow: it writes to a review branch, never to main.
    const gitea = decapConfig(sources, { name: 'gitea', repo: 'phuong/binh-dang-gioi', base_url: 'https://git.example', app_id: 'x' });
    expect(gitea.publish_mode).toBeUndefined();
    expect(gitea.backend).toMatchObject({ branch: 'bien-tap' });
  });
});

describe('the editor page', () => {
  it('loads only its own files (no inline script) and asks not to be indexed', () => {
    const html = editorPage(editorCsp());
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    const scripts = [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1] ?? '');
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.every((attrs) => /src="[a-z/.-]+"/.test(attrs) && !/https?:/.test(attrs))).toBe(true);
  });

  it("allows 'unsafe-eval' on this page only and no origin but its own and the git server", () => {
    const csp = editorCsp('https://git.example');
    expect(csp).toContain("script-src 'self' 'unsafe-eval'");
    const origins = [...csp.matchAll(/https?:\/\/[^\s;]+/g)].map((m) => m[0]);
    expect(new Set(origins)).toEqual(new Set(['https://git.example']));
    expect(editorCsp()).not.toMatch(/https?:/);
  });

  it('is served by deploy/editor.conf with the same CSP, noindex', () => {
    const conf = readFileSync('deploy/editor.conf', 'utf8');
    expect(conf).toContain(`add_header Content-Security-Policy "${editorCsp('https://git.phuong.example')}" always;`);
    expect(conf).toContain('add_header X-Robots-Tag "noindex, nofollow" always;');
  });

  it('has a Vietnamese string for every string of the editor', async () => {
    const url = pathToFileURL(`${process.cwd()}/node_modules/decap-cms-locales/dist/esm/en/index.js`).href;
    const english = (await import(url)).default as Phrases;
    const vietnamese = new Set(phraseKeys(await vietnamesePhrases(process.cwd())));
    expect(phraseKeys(english).filter((key) => !vietnamese.has(key))).toEqual([]);
  });
});
