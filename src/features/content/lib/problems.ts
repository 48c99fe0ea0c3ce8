/** One thing wrong in a content file, said so a staff member can find and fix it. */
export interface ContentProblem {
  /** Path of the file, relative to the project root, e.g. "content/plan/indicators.yaml". */
  file: string;
  /** Where in the file: the entry and field, e.g. 'mục 4 (id "3.1") › target.value'. */
  field: string;
  /** What was expected, in Vietnamese. */
  message: string;
  /** The line in the file, as the editor numbers it, where there is one. */
  line?: number;
  /** A warning is shown but does not stop the build. */
  level?: 'error' | 'warning';
}

export const isError = (problem: ContentProblem) => problem.level !== 'warning';

/** Formats problems one per line, grouped by file, for the terminal: ✖ heads a file with errors, ⚠ one with warnings only. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const byFile = new Map<string, ContentProblem[]>();
  for (const problem of problems) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  const lines: string[] = [];
  for (const [file, list] of byFile) {
    lines.push(`${list.some(isError) ? '✖' : '⚠'} ${file}`);
    const sorted = [...list].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    for (const p of sorted) lines.push(`  ${isError(p) ? 'lỗi' : 'cảnh báo'} · ${p.line ? `dòng ${p.line} · ` : ''}${p.field}: ${p.message}`);
  }
  return lines.join('\n');
}

/** The one heading above the list of errors. */
export const errorHeading = (count: number) => `Nội dung có ${count} lỗi, chưa thể xuất bản:`;

/** Thrown to stop a build when content is invalid; its message lists every problem, no stack trace. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    super(`${errorHeading(problems.length)}\n${formatProblems(problems)}`);
    this.name = 'ContentError';
    this.stack = this.message;
    this.problems = problems;
  }
}
