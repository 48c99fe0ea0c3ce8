import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDataFile } from './parse.ts';
import type { ContentProblem } from './problems.ts';

/** Where each kind of content lives, relative to the project root. */
export const CONTENT_PATHS = {
  ward: 'content/ward.yaml',
  plan: 'content/plan/plan.yaml',
  objectives: 'content/plan/objectives.yaml',
  indicators: 'content/plan/indicators.yaml',
  tasks: 'content/plan/tasks.yaml',
  duties: 'content/plan/duties.yaml',
  articles: 'content/articles',
  lessons: 'content/lessons',
  snapshots: 'content/snapshots',
  referenceData: 'content/reference-data.yaml',
  services: 'content/services',
  calendar: 'content/calendar.yaml',
  reach: 'content/reach',
} as const;

/** Reads and parses a data file; a missing file or a syntax error becomes a problem. */
export function readDataFile(root: string, path: string, problems: ContentProblem[]): unknown {
  const absolute = join(root, path);
  if (!existsSync(absolute)) {
    problems.push({ file: path, field: '(tệp)', message: 'không tìm thấy tệp này' });
    return undefined;
  }
  const parsed = parseDataFile(path, readFileSync(absolute, 'utf8'));
  if (parsed.ok) return parsed.data;
  problems.push(parsed.problem);
  return undefined;
}

/** Lists files in a content folder with one of the given endings, as root-relative paths. */
export function listFiles(root: string, folder: string, endings: readonly string[]): string[] {
  const absolute = join(root, folder);
  if (!existsSync(absolute)) return [];
  return readdirSync(absolute, { recursive: true, encoding: 'utf8' })
    .filter((name) => endings.some((ending) => name.endsWith(ending)))
    .sort()
    .map((name) => relative(root, join(absolute, name)));
}
