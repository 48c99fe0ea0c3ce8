import { z } from 'astro/zod';
import type { ContentProblem } from './problems.ts';

// Staff read these messages: let zod speak Vietnamese.
z.config(z.locales.vi());

/** Names an entry of a list file so staff can find it: its position and, when present, its id. */
export function entryLabel(index: number, entry: unknown): string {
  const id = typeof entry === 'object' && entry !== null && 'id' in entry ? (entry as { id: unknown }).id : undefined;
  return id === undefined ? `mục ${index + 1}` : `mục ${index + 1} (id "${String(id)}")`;
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((key) => (typeof key === 'number' ? `[${key}]` : String(key))).join('.').replace(/\.\[/g, '[');
}

/** Turns zod issues into problems; `where` prefixes the field, e.g. the entry label. */
export function issuesToProblems(file: string, issues: readonly z.core.$ZodIssue[], where?: string): ContentProblem[] {
  return issues.map((issue) => {
    const path = fieldPath(issue.path);
    const field = [where, path || '(toàn bộ)'].filter(Boolean).join(' › ');
    return { file, field, message: issue.message };
  });
}

/** Validates one object (a single-entry file or an MDX front matter) against a schema. */
export function checkSingle<T extends z.ZodType>(file: string, data: unknown, schema: T) {
  // undefined: the file was missing or unparsable, already reported by whoever read it.
  if (data === undefined) return { value: undefined, problems: [] as ContentProblem[] };
  const result = schema.safeParse(data);
  if (result.success) return { value: result.data as z.infer<T>, problems: [] as ContentProblem[] };
  return { value: undefined, problems: issuesToProblems(file, result.error.issues) };
}

/** Validates a list file entry by entry, so one bad entry names itself; also rejects duplicate ids. */
export function checkList<T extends z.ZodType>(file: string, data: unknown, schema: T) {
  if (data === undefined) return { values: [] as z.infer<T>[], problems: [] as ContentProblem[] };
  if (!Array.isArray(data)) {
    return { values: [] as z.infer<T>[], problems: [{ file, field: '(toàn bộ)', message: 'phải là một danh sách (mỗi mục bắt đầu bằng "- ")' }] };
  }
  const values: z.infer<T>[] = [];
  const problems: ContentProblem[] = [];
  const seen = new Map<string, number>();
  data.forEach((entry, index) => {
    const label = entryLabel(index, entry);
    const result = schema.safeParse(entry);
    if (!result.success) return problems.push(...issuesToProblems(file, result.error.issues, label));
    values.push(result.data as z.infer<T>);
    const id = (result.data as { id?: unknown }).id;
    if (id === undefined) return;
    const key = String(id);
    const first = seen.get(key);
    if (first !== undefined) problems.push({ file, field: `${label} › id`, message: `id "${key}" bị trùng với mục ${first + 1}; mỗi id chỉ dùng một lần` });
    else seen.set(key, index);
  });
  return { values, problems };
}
