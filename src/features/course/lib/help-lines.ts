// The phone lines a lesson shows: taken from the published directory, never retyped in a lesson.
import { parseVietnamesePhone } from '../../support/lib/phone.ts';

/** What the course is about: violence, abuse, trafficking, legal aid and shelter, not fire or rescue. */
export const COURSE_HELP_TOPICS = ['bao-luc-gia-dinh', 'bao-luc-gioi', 'bao-luc-tinh-duc', 'mua-ban-nguoi', 'xam-hai-tre-em', 'tro-giup-phap-ly', 'noi-tam-lanh'] as const;

interface Contact { kind: string; value: string; note?: string | undefined }
interface Service { name: string; topics: readonly string[]; draft?: boolean; contacts: readonly Contact[] }
export interface HelpLine<S, C> { service: S; contact: C; digits: string; display: string }

/** Every valid phone contact of the published services that help with one of `topics`, in the directory's order. */
export function helpLines<S extends Service>(services: readonly S[], topics: readonly string[] = COURSE_HELP_TOPICS): HelpLine<S, S['contacts'][number]>[] {
  return services
    .filter((s) => !s.draft && s.topics.some((t) => topics.includes(t)))
    .flatMap((service) =>
      service.contacts
        .filter((c) => c.kind === 'dien-thoai')
        .flatMap((contact) => {
          const phone = parseVietnamesePhone(contact.value);
          return phone.ok ? [{ service, contact, digits: phone.digits, display: phone.display }] : [];
        }),
    );
}
