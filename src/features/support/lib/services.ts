// Pure helpers that arrange the support directory for its pages.
import { isPhoneLine } from './phone.ts';

/** The minimum ordering and grouping need to know about a service. */
export interface Ranked {
  topics: readonly string[];
  scope: string;
  /** cao (high) or trung-binh (medium). */
  confidence?: string;
  /** Staff-chosen order among equals: lower first. */
  order?: number;
  contacts: readonly { kind: string; cost: string; hours: unknown }[];
}

/** The need every emergency line lists. */
export const EMERGENCY_TOPIC = 'khan-cap';

const COST_RANK: Record<string, number> = { 'mien-phi': 0, 'khong-ro': 1, 'nguoi-goi-tra-cuoc': 2 };

/** What a person in danger weighs, most important first; lower is better in every place. */
export function rank(service: Ranked, topic: string | null): number[] {
  const phones = service.contacts.filter(isPhoneLine);
  const reachable = phones.length ? phones : service.contacts;
  const emergency = topic !== null && service.topics.includes(EMERGENCY_TOPIC) ? 0 : 1;
  const cost = Math.min(3, ...reachable.map((c) => COST_RANK[c.cost] ?? 3));
  const confidence = service.confidence === 'trung-binh' ? 1 : 0;
  const hours = reachable.some((c) => c.hours === '24/7') ? 0 : 1;
  const purpose = topic === null ? 0 : service.topics.indexOf(topic);
  return [emergency, cost, confidence, hours, purpose, service.order ?? 100];
}

/**
 * The order within a need (or the whole directory when `topic` is null): the emergency line first,
 * then free lines, then lines of unknown cost, then lines charged to the caller; among equals, high
 * confidence before medium, 24/7 before office hours, then the services whose main purpose is the need,
 * then the staff's `order`. The sort is stable, so the given order settles any remaining tie.
 */
export function orderForNeed<T extends Ranked>(services: readonly T[], topic: string | null): T[] {
  const ranks = new Map(services.map((s) => [s, rank(s, topic)]));
  return [...services].sort((a, b) => {
    const ra = ranks.get(a)!;
    const rb = ranks.get(b)!;
    const i = ra.findIndex((value, k) => value !== rb[k]);
    return i === -1 ? 0 : ra[i]! - rb[i]!;
  });
}

/** Services grouped by need, in the order of `topics`, each group in the order of `orderForNeed`; empty groups are left out. */
export function groupByTopic<T extends Ranked, K extends string>(services: readonly T[], topics: readonly K[]): { topic: K; services: T[] }[] {
  return topics
    .map((topic) => ({
      topic,
      services: orderForNeed(
        services.filter((s) => s.topics.includes(topic)),
        topic,
      ),
    }))
    .filter((g) => g.services.length > 0);
}

/**
 * Services grouped by scope, keeping every scope: a scope with no published service says how many
 * entries are waiting for verified contacts (`pending`), so the page can say so instead of showing nothing.
 */
export function groupByScope<T extends Ranked, K extends string>(
  services: readonly T[],
  scopes: readonly K[],
  drafts: readonly Pick<Ranked, 'scope' | 'topics'>[] = [],
  topic: string | null = null,
): { scope: K; services: T[]; pending: number }[] {
  const forTopic = (s: Pick<Ranked, 'topics'>) => topic === null || s.topics.includes(topic);
  return scopes.map((scope) => ({
    scope,
    services: orderForNeed(
      services.filter((s) => s.scope === scope && forTopic(s)),
      topic,
    ),
    pending: drafts.filter((d) => d.scope === scope && forTopic(d)).length,
  }));
}

/** The sites named by a service's sources, for a short credit on its card: "thoidai.com.vn, baoquocte.vn". */
export function sourceHosts(urls: readonly string[] = []): string {
  return [...new Set(urls.map((url) => new URL(url).hostname.replace(/^www\./, '')))].join(', ');
}
