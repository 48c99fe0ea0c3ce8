import { z } from 'astro/zod';
import type { DataPath } from './parse.ts';
import type { ContentProblem } from './problems.ts';
import { fieldErrorMap } from '../../../schemas/common.ts';
import type { articleSchema } from '../../../schemas/article.ts';
import { retiredMessage, retiredNumberIn } from './check-phones.ts';
import { COLLECTIONS, readCollection, strings, type CollectionName, type RawEntry } from './files.ts';

export { entryLabel } from './files.ts';

// Staff read these messages: let zod speak Vietnamese where a schema gives no message of its own.
z.config(z.locales.vi());

export const fieldPath = (path: readonly PropertyKey[]) =>
  path
    .map((key) => (typeof key === 'number' ? `[${key}]` : String(key)))
    .join('.')
    .replace(/\.\[/g, '[');

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function valueAt(data: unknown, path: DataPath): unknown {
  let node = data;
  for (const key of path) node = isRecord(node) || Array.isArray(node) ? (node as Record<PropertyKey, unknown>)[key] : undefined;
  return node;
}

/** Where `key` sits one or two levels too deep under `data` (an over-indented line), if it does. */
function nestedTooDeep(data: unknown, key: string, depth = 2): PropertyKey[] | undefined {
  if (!isRecord(data) || depth === 0) return undefined;
  for (const [name, child] of Object.entries(data)) {
    if (isRecord(child) && key in child) return [name, key];
    const deeper = nestedTooDeep(child, key, depth - 1);
    if (deeper) return [name, ...deeper];
  }
  return undefined;
}

/** Turns zod issues into problems with the line of each field; `where` prefixes the field, e.g. the entry label. */
export function issuesToProblems(
  file: string,
  issues: readonly z.core.$ZodIssue[],
  where?: string,
  data?: unknown,
  lineOf?: (path: DataPath) => number | undefined,
): ContentProblem[] {
  const missingKey = (issue: z.core.$ZodIssue) => {
    const key = issue.path.at(-1);
    const parent = valueAt(data, issue.path.slice(0, -1));
    return data !== undefined && typeof key === 'string' && isRecord(parent) && !(key in parent) ? { key, parent } : undefined;
  };
  // A missing field found indented under a sibling explains that sibling's "unknown field" too: say it once.
  const tooDeep = new Map<z.core.$ZodIssue, PropertyKey[]>();
  for (const issue of issues) {
    const missing = missingKey(issue);
    const deep = missing && nestedTooDeep(missing.parent, missing.key);
    if (deep) tooDeep.set(issue, [...issue.path.slice(0, -1), ...deep]);
  }
  const explained = new Set([...tooDeep.values()].map((at) => fieldPath(at)));
  const problems: ContentProblem[] = [];
  for (const issue of issues) {
    let path: PropertyKey[] = [...issue.path];
    let message = issue.message;
    const deep = tooDeep.get(issue);
    const missing = missingKey(issue);
    if (deep && missing) {
      path = deep;
      const sibling = Object.keys(missing.parent)[0] ?? missing.key;
      message = `trường \`${missing.key}\` bị thụt lề sâu quá nên nằm trong \`${String(deep.at(-2))}\`; xóa bớt dấu cách đầu dòng cho thẳng hàng với các trường cùng cấp như \`${sibling}\``;
    } else if (missing) message = message === 'cần có trường này' ? `thiếu trường \`${missing.key}\`` : `thiếu trường \`${missing.key}\`: ${message}`;
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.filter((key) => !explained.has(fieldPath([...path, key])));
      if (keys.length === 0) continue;
      path = [...path, keys[0] ?? ''];
    }
    const line = lineOf?.(path);
    const field = [where, fieldPath(path) || '(toàn bộ)'].filter(Boolean).join(' › ');
    problems.push({ file, field, message, ...(line ? { line } : {}) });
  }
  return problems;
}

/** Validates one read entry against a schema, naming each problem by the entry's label and line. */
export function checkEntry<T extends z.ZodType>(entry: RawEntry, schema: T): { value: z.infer<T> | undefined; problems: ContentProblem[] } {
  // Entries of unchanged files are the same objects (see readCollection), so their result can be kept.
  const cache = checkedEntries.get(schema) ?? new WeakMap();
  checkedEntries.set(schema, cache);
  const cached = cache.get(entry);
  if (cached) return cached as { value: z.infer<T> | undefined; problems: ContentProblem[] };
  const result = checkEntryUncached(entry, schema);
  cache.set(entry, result);
  return result;
}

const checkedEntries = new WeakMap<z.ZodType, WeakMap<RawEntry, { value: unknown; problems: ContentProblem[] }>>();

function checkEntryUncached<T extends z.ZodType>(entry: RawEntry, schema: T): { value: z.infer<T> | undefined; problems: ContentProblem[] } {
  const result = schema.safeParse(entry.data, { error: fieldErrorMap });
  if (result.success) return { value: result.data as z.infer<T>, problems: [] };
  return { value: undefined, problems: issuesToProblems(entry.file, result.error.issues, entry.label || undefined, entry.data, entry.lineOf) };
}

/** Validates a part of an entry (e.g. one indicator's figures in a snapshot) with the same error map. */
export function checkPart<T extends z.ZodType>(entry: RawEntry, path: PropertyKey[], schema: T, where: string) {
  const data = valueAt(entry.data, path);
  const result = schema.safeParse(data, { error: fieldErrorMap });
  if (result.success) return { value: result.data as z.infer<T>, problems: [] as ContentProblem[] };
  return { value: undefined, problems: issuesToProblems(entry.file, result.error.issues, where, data, (p) => entry.lineOf([...path, ...p])) };
}

/** Validates every entry of a collection; `checked` pairs each valid value with the entry it came from. */
export function checkEntries<T extends z.ZodType>(entries: readonly RawEntry[], schema: T) {
  const checked: { entry: RawEntry; value: z.infer<T> }[] = [];
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    const result = checkEntry(entry, schema);
    problems.push(...result.problems);
    if (result.value !== undefined) checked.push({ entry, value: result.value });
  }
  return { checked, values: checked.map((c) => c.value), problems };
}

/** A problem about one field of an entry, with the entry's label and the field's line. */
export function problemAt(entry: RawEntry, path: PropertyKey[], message: string, level?: 'warning'): ContentProblem {
  const line = entry.lineOf(path);
  const field = [entry.label, fieldPath(path) || '(toàn bộ)'].filter(Boolean).join(' › ');
  return { file: entry.file, field, message, ...(line ? { line } : {}), ...(level ? { level } : {}) };
}

/** The validated data of one entry of a collection (an article's cover as a plain path). */
export type CollectionData<K extends CollectionName> = K extends 'articles'
  ? z.output<ReturnType<typeof articleSchema<z.ZodString>>>
  : z.output<ReturnType<(typeof COLLECTIONS)[K]['schema']>>;

/** Reads a collection through the table and validates every entry with its schema (images as plain paths). */
export function checkCollection<K extends CollectionName>(root: string, name: K) {
  const { entries, problems } = readCollection(root, name);
  // The retired number is refused in any field, whatever the field is for (contacts, notes, summaries).
  for (const entry of entries) {
    for (const [value, path] of strings(entry.data)) {
      const found = retiredNumberIn(value);
      if (found) problems.push(problemAt(entry, path, retiredMessage(found)));
    }
  }
  const schema = guardSchemas.get(name) ?? (COLLECTIONS[name].schema as (image: z.ZodString) => z.ZodType)(imagePath);
  guardSchemas.set(name, schema);
  const checked = checkEntries(entries, schema) as {
    checked: { entry: RawEntry; value: CollectionData<K> }[];
    values: CollectionData<K>[];
    problems: ContentProblem[];
  };
  return { ...checked, entries, problems: [...problems, ...checked.problems] };
}

/** One schema per collection, so results for unchanged entries are reused (see checkEntry). */
const guardSchemas = new Map<CollectionName, z.ZodType>();

/** Outside Astro a cover image is checked as a relative path; Astro resolves it in the build. */
const imagePath = z.string().min(1, 'cần đường dẫn ảnh');
