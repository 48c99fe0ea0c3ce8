import { parseDocument } from 'yaml';
import type { ContentProblem } from './problems.ts';

export type ParseResult = { ok: true; data: unknown } | { ok: false; problem: ContentProblem };

/** Parses a YAML or JSON file's text; a syntax error becomes a problem naming the line. */
export function parseDataFile(file: string, source: string): ParseResult {
  if (file.endsWith('.json')) {
    try {
      return { ok: true, data: JSON.parse(source) };
    } catch (error) {
      return { ok: false, problem: { file, field: 'cú pháp JSON', message: describeJsonError(source, error) } };
    }
  }
  const doc = parseDocument(source, { prettyErrors: true, uniqueKeys: true });
  const [first] = doc.errors;
  if (first) {
    const line = first.linePos?.[0]?.line;
    const where = line ? `dòng ${line}` : 'cú pháp YAML';
    return { ok: false, problem: { file, field: where, message: `YAML không hợp lệ: ${first.message.split('\n')[0]}` } };
  }
  return { ok: true, data: doc.toJS() };
}

function describeJsonError(source: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message)?.[1];
  if (position === undefined) return `JSON không hợp lệ: ${message}`;
  const line = source.slice(0, Number(position)).split('\n').length;
  return `JSON không hợp lệ ở dòng ${line}: ${message}`;
}

/** Splits an MDX/Markdown file into its YAML front matter and body. */
export function splitFrontMatter(source: string): { frontMatter: string | null; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) return { frontMatter: null, body: source };
  return { frontMatter: match[1] ?? '', body: source.slice(match[0].length) };
}
