/** One thing wrong in a content file, said so a staff member can find and fix it. */
export interface ContentProblem {
  /** Path of the file, relative to the project root, e.g. "content/plan/indicators.yaml". */
  file: string;
  /** Where in the file: the entry and field, e.g. 'mục 4 (id "3.1") › target.value'. */
  field: string;
  /** What was expected, in Vietnamese. */
  message: string;
  /** A warning is shown but does not stop the build. */
  level?: 'error' | 'warning';
}

/** Formats problems one per line, grouped by file, for the terminal. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const byFile = new Map<string, ContentProblem[]>();
  for (const problem of problems) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  const lines: string[] = [];
  for (const [file, list] of byFile) {
    lines.push(`✖ ${file}`);
    for (const p of list) lines.push(`  ${p.level === 'warning' ? 'cảnh báo' : 'lỗi'} · ${p.field}: ${p.message}`);
  }
  return lines.join('\n');
}

/** Thrown to stop a build when content is invalid; its message lists every problem. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    super(`Nội dung có ${problems.length} lỗi, chưa thể xuất bản:\n${formatProblems(problems)}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}
