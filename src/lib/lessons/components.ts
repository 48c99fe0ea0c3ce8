// The components a lesson's MDX may use. Pages pass exactly these to <Content components={…}>;
// the content check rejects any other capitalised tag, so a typo stops the build with its line.

/** Names of the MDX components lessons may use: the help numbers (from the directory's data) and the plan's targets. */
export const LESSON_COMPONENTS = ['HelpNumbers', 'PlanTargets'] as const;
export type LessonComponent = (typeof LESSON_COMPONENTS)[number];

export interface ComponentUse { name: string; line: number; attributes: string }

/** Every capitalised JSX tag in an MDX body, with its line (counted in `source`) and its attribute text. */
export function componentUses(source: string): ComponentUse[] {
  const uses: ComponentUse[] = [];
  for (const match of source.matchAll(/<([A-Z][A-Za-z0-9]*)\b([^>]*)>/g)) {
    const line = source.slice(0, match.index).split('\n').length;
    uses.push({ name: match[1]!, line, attributes: match[2] ?? '' });
  }
  return uses;
}

/** The indicator ids a <PlanTargets ids={["3.1", "6.1"]} /> asks for. */
export function planTargetIds(attributes: string): string[] {
  const list = /ids=\{\s*\[([^\]]*)\]\s*\}/.exec(attributes)?.[1] ?? '';
  return [...list.matchAll(/["']([^"']+)["']/g)].map((m) => m[1]!);
}
