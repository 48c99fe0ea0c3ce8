// The course in order, as the lesson pages and the course page use it.
import { ui } from '../i18n/ui.ts';
import { coursePath } from '../features/course/lib/course.ts';
import { lessons } from './site.ts';
import { SECTION_CRUMBS } from '../shared/lib/breadcrumbs.ts';

/** Every lesson with its number, neighbours and links; the last one leads to the completion page. */
export const course = coursePath(
  lessons.map((entry) => ({ ...entry, order: entry.data.order, title: entry.data.title })),
  ui.course.completeTitle,
);

/** Static paths for a page per lesson (the lesson, its printable sheet). */
export const lessonPaths = () => course.map((place) => ({ params: { slug: place.lesson.id }, props: { place } }));

/** Breadcrumbs of a lesson's pages: home › course › lesson. */
export const lessonCrumbs = (place: (typeof course)[number]) => [SECTION_CRUMBS.course, { href: place.href, label: place.lesson.data.title }];
