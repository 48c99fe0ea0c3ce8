// Pure helpers that arrange the support directory for its pages.

/** The minimum a grouping needs to know about a service. */
interface Grouped { topics: readonly string[]; scope: string }

/**
 * Services grouped by need, in the order of `topics`; a service helping with two needs appears under both;
 * empty groups are left out. Within a group, services that list the need earlier (their main purpose) come
 * first, otherwise the given order is kept: the trafficking line leads "mua bán người", the police "khẩn cấp".
 */
export function groupByTopic<T extends Grouped, K extends string>(services: readonly T[], topics: readonly K[]): { topic: K; services: T[] }[] {
  return topics
    .map((topic) => ({
      topic,
      services: services.filter((s) => s.topics.includes(topic)).sort((a, b) => a.topics.indexOf(topic) - b.topics.indexOf(topic)),
    }))
    .filter((g) => g.services.length > 0);
}

/** Services grouped by scope, keeping every scope (an empty scope says so on the page). */
export function groupByScope<T extends Grouped, K extends string>(services: readonly T[], scopes: readonly K[]): { scope: K; services: T[] }[] {
  return scopes.map((scope) => ({ scope, services: services.filter((s) => s.scope === scope) }));
}
