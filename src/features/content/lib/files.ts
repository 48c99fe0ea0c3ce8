import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { basename, extname, join, relative, sep } from 'node:path';
import type { z } from 'astro/zod';
import { articleSchema } from '../../../schemas/article.ts';
import { calendarEventSchema } from '../../../schemas/calendar.ts';
import { indicatorSchema } from '../../../schemas/indicator.ts';
import { lessonSchema } from '../../../schemas/lesson.ts';
import { dutySchema, objectiveSchema, planSchema, taskSchema } from '../../../schemas/plan.ts';
import { reachMonthSchema } from '../../../schemas/reach.ts';
import { referenceFigureSchema } from '../../../schemas/reference.ts';
import { serviceSchema } from '../../../schemas/service.ts';
import { snapshotSchema } from '../../../schemas/snapshot.ts';
import { wardSchema } from '../../../schemas/ward.ts';
import { slugify } from '../../../shared/lib/slug.ts';
import { invisibleCharacterMessage, normaliseText, parseJson, parseYaml, splitFrontMatter, type DataPath, type ParseResult } from './parse.ts';
import type { ContentProblem } from './problems.ts';
import { SLUG } from '../../../shared/lib/slug.ts';

/** Everything staff write lives under this folder; nothing outside it is ever read as content. */
export const CONTENT_ROOT = 'content';

/** An article larger than this is refused: a readable article is far smaller. */
export const MAX_ARTICLE_BYTES = 200 * 1024;

/** Files that may sit beside articles (cover and body images). */
export const IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif'] as const;

/** An entry id: lowercase ASCII letters, digits and dashes (folder entries) or the list's own ids. */

type Shape =
  /** The file is one entry, with a fixed id. */
  | { shape: 'single'; id: string }
  /** The file is a YAML list (or holds one under the key `under`); each entry's id is the value of `idField`. */
  | { shape: 'list'; idField: string; under?: string }
  /** The folder holds one entry per file; the id is the file name without its ending, nothing else. */
  | { shape: 'folder'; extension: '.yaml' | '.json' | '.mdx'; allowed?: readonly string[] };

/**
 * The one table of content: where each collection lives, how it is parsed, where its ids come
 * from and its schema. `npm run check`, the build's content guard and Astro's loaders all read
 * content through this table, so they cannot disagree. `image` is Astro's image helper in the
 * build and a plain path string in the guard.
 */
export const COLLECTIONS = {
  ward: { path: 'content/ward.yaml', shape: 'single', id: 'ward', schema: () => wardSchema },
  plan: { path: 'content/plan/plan.yaml', shape: 'single', id: 'plan', schema: () => planSchema },
  objectives: { path: 'content/plan/objectives.yaml', shape: 'list', idField: 'id', schema: () => objectiveSchema },
  indicators: { path: 'content/plan/indicators.yaml', shape: 'list', idField: 'id', schema: () => indicatorSchema },
  tasks: { path: 'content/plan/tasks.yaml', shape: 'list', idField: 'id', schema: () => taskSchema },
  duties: { path: 'content/plan/duties.yaml', shape: 'list', idField: 'unit', schema: () => dutySchema },
  articles: {
    path: 'content/articles',
    shape: 'folder',
    extension: '.mdx',
    allowed: IMAGE_EXTENSIONS,
    schema: <I extends z.ZodType>(image: I) => articleSchema(image),
  },
  lessons: { path: 'content/lessons', shape: 'folder', extension: '.mdx', schema: () => lessonSchema },
  snapshots: { path: 'content/snapshots', shape: 'folder', extension: '.json', schema: () => snapshotSchema },
  referenceData: { path: 'content/reference-data.yaml', shape: 'list', idField: 'id', schema: () => referenceFigureSchema },
  services: { path: 'content/services', shape: 'folder', extension: '.yaml', schema: () => serviceSchema },
  // One object with the list under `events:`, which the browser editor can open (it cannot edit a top-level list).
  calendar: { path: 'content/calendar.yaml', shape: 'list', idField: 'id', under: 'events', schema: () => calendarEventSchema },
  // The folder keeps a README.md for staff (what the files are, how npm run reach -- --save writes them).
  reach: { path: 'content/reach', shape: 'folder', extension: '.json', allowed: ['.md'], schema: () => reachMonthSchema },
} as const satisfies Record<string, { path: string; schema: (image: z.ZodType) => z.ZodType } & Shape>;

export type CollectionName = keyof typeof COLLECTIONS;
export type CollectionSpec = (typeof COLLECTIONS)[CollectionName];

/** Where each kind of content lives, relative to the project root. */
export const CONTENT_PATHS = Object.fromEntries(Object.entries(COLLECTIONS).map(([name, spec]) => [name, spec.path])) as {
  readonly [K in CollectionName]: (typeof COLLECTIONS)[K]['path'];
};

/** One entry as read from its file, before its schema: the raw data and where it came from. */
export interface RawEntry {
  /** The entry's id, from the one place its collection takes ids from. */
  id: string;
  /** Root-relative path of its file. */
  file: string;
  /** How a problem names the entry inside its file, e.g. 'mục 4 (id "3.1")'; empty for a whole file. */
  label: string;
  data: unknown;
  /** The line of a path inside the entry. */
  lineOf: (path: DataPath) => number | undefined;
  /** The text the entry came from, for the content digest. */
  text: string;
  /** An article's body after its front matter, and the whole file's text. */
  body?: string;
  source?: string;
}

/** Names an entry of a list file so staff can find it: its position and, when present, its id. */
export function entryLabel(index: number, entry: unknown): string {
  const id = typeof entry === 'object' && entry !== null && 'id' in entry ? (entry as { id: unknown }).id : undefined;
  return id === undefined ? `mục ${index + 1}` : `mục ${index + 1} (id "${String(id)}")`;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Refuses a path that is a symbolic link or resolves outside content/. */
function refusePath(root: string, file: string): string | undefined {
  const absolute = join(root, file);
  if (lstatSync(absolute).isSymbolicLink()) return 'là liên kết tượng trưng (symlink); chép tệp thật vào content/';
  if (!existsSync(absolute)) return 'không đọc được';
  const contentRoot = realpathSync(join(root, CONTENT_ROOT));
  const real = realpathSync(absolute);
  if (real !== contentRoot && !real.startsWith(contentRoot + sep)) return 'nằm ngoài thư mục content/';
  return undefined;
}

/** Reads a content file as text: refuses symlinks and files outside content/, drops a BOM, reads CRLF as LF. */
export function readContentText(root: string, file: string, problems: ContentProblem[]): string | undefined {
  const exists = (() => {
    try {
      return lstatSync(join(root, file)).isFile() || lstatSync(join(root, file)).isSymbolicLink();
    } catch {
      return false;
    }
  })();
  if (!exists) {
    problems.push({ file, field: '(tệp)', message: 'không tìm thấy tệp này' });
    return undefined;
  }
  const refused = refusePath(root, file);
  if (refused) {
    problems.push({ file, field: '(tệp)', message: `không đọc tệp này: tệp ${refused}` });
    return undefined;
  }
  return normaliseText(readFileSync(join(root, file), 'utf8'));
}

/** Every string in a parsed value with its path, to look for invisible characters or retired numbers. */
export function* strings(value: unknown, path: PropertyKey[] = []): Generator<[string, PropertyKey[]]> {
  if (typeof value === 'string') yield [value, path];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, [...path, i]);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* strings(v, [...path, k]);
}

const fieldName = (path: readonly PropertyKey[]) =>
  path
    .map((k) => (typeof k === 'number' ? `[${k}]` : String(k)))
    .join('.')
    .replace(/\.\[/g, '[') || '(toàn bộ)';

/** Problems for invisible characters in any string value of a parsed file. */
function invisibleProblems(
  file: string,
  data: unknown,
  lineOf: (path: DataPath) => number | undefined,
  label: (path: PropertyKey[]) => string,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const [value, path] of strings(data)) {
    const message = invisibleCharacterMessage(value);
    if (!message) continue;
    const line = lineOf(path);
    problems.push({ file, field: label(path), message, ...(line ? { line } : {}) });
  }
  return problems;
}

function parseFile(spec: CollectionSpec, file: string, text: string): ParseResult & { body?: string } {
  if (spec.shape === 'folder' && spec.extension === '.json') return parseJson(file, text);
  if (spec.shape === 'folder' && spec.extension === '.mdx') {
    if (Buffer.byteLength(text) > MAX_ARTICLE_BYTES)
      return { ok: false, problem: { file, field: '(tệp)', message: `bài viết lớn hơn ${MAX_ARTICLE_BYTES / 1024} KB; tách thành nhiều bài` } };
    const { frontMatter, body } = splitFrontMatter(text);
    if (frontMatter === null)
      return { ok: false, problem: { file, field: 'front matter', line: 1, message: 'thiếu phần thông tin đầu bài, đặt giữa hai dòng "---" ở đầu tệp' } };
    const parsed = parseYaml(file, frontMatter, 1);
    if (!parsed.ok) return { ok: false, problem: { ...parsed.problem, field: `front matter, ${parsed.problem.field}` } };
    return { ...parsed, body };
  }
  return parseYaml(file, text);
}

/** The files of a folder collection, with problems for files that are not entries. */
function folderFiles(root: string, spec: CollectionSpec & { shape: 'folder' }, problems: ContentProblem[]): string[] {
  const folder = join(root, spec.path);
  if (!existsSync(folder)) return [];
  const files: string[] = [];
  for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort()) {
    const file = relative(root, join(folder, name)).split(sep).join('/');
    const stat = lstatSync(join(folder, name));
    if (stat.isDirectory()) continue;
    const ending = extname(name).toLowerCase();
    const allowed = (spec as { allowed?: readonly string[] }).allowed ?? [];
    if (stat.isSymbolicLink())
      problems.push({ file, field: '(tệp)', message: 'không đọc tệp này: tệp là liên kết tượng trưng (symlink); chép tệp thật vào content/' });
    else if (allowed.includes(ending) || basename(name).startsWith('.')) continue;
    else if (extname(name) !== spec.extension)
      problems.push({
        file,
        field: '(tên tệp)',
        message: `thư mục ${spec.path}/ chỉ nhận tệp ${spec.extension}${allowed.length ? ` và ảnh (${allowed.join(', ')})` : ''}; đổi đuôi tệp thành ${spec.extension} hoặc chuyển tệp đi chỗ khác`,
      });
    else if (name.includes(sep) || name.includes('/'))
      problems.push({ file, field: '(tên tệp)', message: `đặt tệp ngay trong ${spec.path}/, không trong thư mục con` });
    else files.push(file);
  }
  return files;
}

/** Checks that ids are unique, ignoring letter case (two ids differing only in case would clash in URLs). */
function duplicateIdProblems(entries: readonly RawEntry[], idName: string): ContentProblem[] {
  const seen = new Map<string, RawEntry>();
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    const key = entry.id.toLowerCase();
    const first = seen.get(key);
    if (!first) {
      seen.set(key, entry);
      continue;
    }
    const where = first.file === entry.file ? first.label || 'một mục khác' : `tệp ${first.file}`;
    const same = first.id === entry.id ? '' : ` (chỉ khác chữ hoa, chữ thường với "${first.id}")`;
    const line = entry.lineOf([]);
    problems.push({
      file: entry.file,
      field: [entry.label, idName].filter(Boolean).join(' › '),
      message: `"${entry.id}" bị trùng với ${where}${same}; mỗi ${idName} chỉ dùng một lần`,
      ...(line ? { line } : {}),
    });
  }
  return problems;
}

/**
 * Reads one collection through the table: finds its files, parses each with the one parser for
 * its kind, and gives every entry its id. Problems are syntax errors, refused files, invisible
 * characters and duplicate ids; the schema is checked afterwards by whoever reads (guard or loader).
 */
export function readCollection(root: string, name: CollectionName): { entries: RawEntry[]; problems: ContentProblem[] } {
  const spec: CollectionSpec = COLLECTIONS[name];
  const problems: ContentProblem[] = [];
  const entries: RawEntry[] = [];
  const files = spec.shape === 'folder' ? folderFiles(root, spec, problems) : [spec.path];
  for (const file of files) {
    const text = readContentText(root, file, problems);
    if (text === undefined) continue;
    const read = readFileEntries(spec, file, text);
    entries.push(...read.entries);
    problems.push(...read.problems);
  }
  const idName = spec.shape === 'list' ? spec.idField : 'tên tệp';
  problems.push(
    ...duplicateIdProblems(
      entries.filter((e) => e.id !== ''),
      idName,
    ),
  );
  return { entries, problems };
}

/** Files already read, by name and text: the dev server and the tests read unchanged files again and again. */
const filesRead = new Map<string, { entries: RawEntry[]; problems: ContentProblem[] }>();

/** The entries of one file and the problems of reading it (syntax, invisible characters, file name). */
function readFileEntries(spec: CollectionSpec, file: string, text: string): { entries: RawEntry[]; problems: ContentProblem[] } {
  const key = `${file}\0${text}`;
  const cached = filesRead.get(key);
  if (cached) return { entries: [...cached.entries], problems: [...cached.problems] };
  const read = readFileUncached(spec, file, text);
  if (filesRead.size > 2000) filesRead.delete(filesRead.keys().next().value ?? '');
  filesRead.set(key, read);
  return { entries: [...read.entries], problems: [...read.problems] };
}

function readFileUncached(spec: CollectionSpec, file: string, text: string): { entries: RawEntry[]; problems: ContentProblem[] } {
  const parsed = parseFile(spec, file, text);
  if (!parsed.ok) return { entries: [], problems: [parsed.problem] };
  const { data: whole, lineOf: wholeLineOf } = parsed.value;
  if (spec.shape === 'list') {
    const under = (spec as { under?: string }).under;
    const data = under === undefined ? whole : isObject(whole) && Object.keys(whole).length === 1 ? whole[under] : undefined;
    const lineOf = (path: DataPath) => wholeLineOf(under === undefined ? path : [under, ...path]);
    if (under !== undefined && data === undefined)
      return {
        entries: [],
        problems: [
          { file, field: under, line: 1, message: `tệp phải có ${under}: rồi danh sách bên dưới (mỗi mục bắt đầu bằng "- "), và không có trường nào khác` },
        ],
      };
    if (!Array.isArray(data))
      return { entries: [], problems: [{ file, field: under ?? '(toàn bộ)', line: 1, message: 'phải là một danh sách (mỗi mục bắt đầu bằng "- ")' }] };
    const problems = invisibleProblems(file, data, lineOf, (path) => `${entryLabel(Number(path[0]), data[Number(path[0])])} › ${fieldName(path.slice(1))}`);
    const entries = data.map((item, index) => {
      const raw = item && typeof item === 'object' ? (item as Record<string, unknown>)[spec.idField] : undefined;
      const id = typeof raw === 'string' || typeof raw === 'number' ? String(raw) : '';
      return { id, file, label: entryLabel(index, item), data: item, lineOf: (path: DataPath) => lineOf([index, ...path]), text: JSON.stringify(item) };
    });
    return { entries, problems };
  }
  const data = whole;
  const lineOf = wholeLineOf;
  const problems = invisibleProblems(file, data, lineOf, fieldName);
  const id = spec.shape === 'single' ? spec.id : basename(file, spec.extension);
  if (spec.shape === 'folder' && !SLUG.test(id)) {
    const suggestion = slugify(id);
    problems.push({
      file,
      field: '(tên tệp)',
      message: `tên tệp chỉ gồm chữ thường không dấu, số và dấu gạch ngang${suggestion ? `, ví dụ "${suggestion}${spec.extension}"` : ''}`,
    });
    return { entries: [], problems };
  }
  return { entries: [{ id, file, label: '', data, lineOf, text, ...(parsed.body !== undefined ? { body: parsed.body, source: text } : {}) }], problems };
}
