// The help the home page counts as "nơi hỗ trợ khi bị bạo lực": services for a need about violence,
// abuse or trafficking. Emergency lines for other dangers (112 search and rescue, 114 fire) are not.
import type { Topic } from '../../../schemas/service.ts';

/** The needs that are about violence, abuse or trafficking. */
export const VIOLENCE_TOPICS: readonly Topic[] = ['bao-luc-gia-dinh', 'bao-luc-gioi', 'bao-luc-tinh-duc', 'mua-ban-nguoi', 'xam-hai-tre-em'];

/** The services that help with at least one need about violence, abuse or trafficking. */
export function violenceHelp<T extends { topics: readonly Topic[] }>(services: readonly T[]): T[] {
  return services.filter((service) => service.topics.some((topic) => VIOLENCE_TOPICS.includes(topic)));
}
