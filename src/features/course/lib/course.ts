// The course as a path: lessons in order, each with the one before and after; the last leads to the completion page.
import { COURSE_COMPLETION_URL, lessonPrintUrl, lessonUrl } from '../../../shared/lib/routes.ts';
import { plainText } from '../../articles/lib/reading.ts';

export interface CourseLesson {
  id: string;
  order: number;
  title: string;
}
export interface Step {
  href: string;
  title: string;
}
export interface CoursePlace<T> {
  lesson: T;
  number: number;
  href: string;
  printHref: string;
  previous: Step | null;
  next: Step;
  isLast: boolean;
}

/** Lessons sorted by their `order`, each with its number in the course, its neighbours and where "next" leads. */
export function coursePath<T extends CourseLesson>(lessons: readonly T[], completionTitle: string): CoursePlace<T>[] {
  const sorted = [...lessons].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  return sorted.map((lesson, i) => {
    const before = sorted[i - 1];
    const after = sorted[i + 1];
    return {
      lesson,
      number: i + 1,
      href: lessonUrl(lesson.id),
      printHref: lessonPrintUrl(lesson.id),
      previous: before ? { href: lessonUrl(before.id), title: before.title } : null,
      next: after ? { href: lessonUrl(after.id), title: after.title } : { href: COURSE_COMPLETION_URL, title: completionTitle },
      isLast: after === undefined,
    };
  });
}

/** Lessons that share an `order` with an earlier one, so the course order would be ambiguous. */
export function duplicateOrders(lessons: readonly { file: string; order: number }[]): { file: string; order: number; other: string }[] {
  const seen = new Map<number, string>();
  const clashes: { file: string; order: number; other: string }[] = [];
  for (const { file, order } of lessons) {
    const other = seen.get(order);
    if (other) clashes.push({ file, order, other });
    else seen.set(order, file);
  }
  return clashes;
}

/** Words a reader sees in a lesson body (MDX syntax and component tags left out). */
export function wordCount(body: string): number {
  return plainText(body)
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
