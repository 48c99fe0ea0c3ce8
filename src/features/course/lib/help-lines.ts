// The phone lines a lesson shows: taken from the published directory, never retyped in a lesson.
import type { Topic } from '../../../schemas/service.ts';
import { phoneLines, type PhoneLine } from '../../support/lib/phone.ts';

/** What the course is about: violence, abuse, trafficking, legal aid and shelter, not fire or rescue. */
export const COURSE_HELP_TOPICS = [
  'bao-luc-gia-dinh',
  'bao-luc-gioi',
  'bao-luc-tinh-duc',
  'mua-ban-nguoi',
  'xam-hai-tre-em',
  'tro-giup-phap-ly',
  'noi-tam-lanh',
] as const satisfies readonly Topic[];

interface Service {
  topics: readonly string[];
  draft?: boolean;
  contacts: readonly { kind: string; value: string }[];
}

/** Every valid phone line of the published services that help with one of `topics`, in the directory's order. */
export function helpLines<S extends Service>(services: readonly S[], topics: readonly string[] = COURSE_HELP_TOPICS): PhoneLine<S, S['contacts'][number]>[] {
  return phoneLines(services.filter((s) => !s.draft && s.topics.some((t) => topics.includes(t))));
}
