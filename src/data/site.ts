// The one place that reads collections: pages import from here and filter.
import { getCollection, getEntry } from 'astro:content';
import { isPublished } from '../features/articles/lib/publish.ts';
import { readCollection, type CollectionName } from '../features/content/lib/files.ts';
import { compareIndicatorIds } from '../features/plan/lib/plan.ts';
import { isIllustrative } from '../features/progress/lib/illustrative.ts';
import { indicatorsProgress } from '../features/progress/lib/series.ts';
import { dangerLead, emergencyLines, emergencyPhrase } from '../features/safety/lib/emergency.ts';
import { compareVietnamese } from '../shared/lib/collation.ts';

/** A list file's entries in the file's order: Astro's data store sorts entries by id, which loses it. */
const inFileOrder = <E extends { id: string }>(name: CollectionName, entries: E[]): E[] => {
  const order = readCollection(process.cwd(), name).entries.map((e) => e.id);
  return [...entries].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
};

const required = <T>(entry: T | undefined, what: string): T => {
  if (entry === undefined) throw new Error(`Thiếu nội dung: ${what}`);
  return entry;
};

export const ward = required(await getEntry('ward', 'ward'), 'content/ward.yaml').data;
export const plan = required(await getEntry('plan', 'plan'), 'content/plan/plan.yaml').data;
export const objectives = (await getCollection('objectives')).map((e) => e.data).sort((a, b) => a.id - b.id);
export const indicators = (await getCollection('indicators')).map((e) => e.data).sort((a, b) => compareIndicatorIds(a.id, b.id));
export const tasks = inFileOrder('tasks', await getCollection('tasks')).map((e) => e.data);
/** Section IV, in the plan's order (the file's order; ids are unit names, so their order is not the plan's). */
export const duties = inFileOrder('duties', await getCollection('duties')).map((e) => e.data);
export const units = ward.units;
/** The emergency box (content/ward.yaml, `emergency`), and the sentences that name its numbers. */
export const emergency = emergencyLines(ward.emergency);
export const emergencyDangerLead = dangerLead(emergency);
export const emergencyNumbers = emergencyPhrase(emergency);
export const snapshots = (await getCollection('snapshots')).map((e) => e.data).sort((a, b) => a.period - b.period);
export const referenceFigures = (await getCollection('referenceData')).map((e) => e.data);
/** Every indicator with its series from the snapshots and its progress status. */
export const progress = indicatorsProgress(indicators, snapshots, plan.period.to);
/** Whether any progress figure shown is illustrative: every page and preview built on them must say so. */
export const progressIsIllustrative = isIllustrative(progress.flatMap((i) => i.series));

const allServices = (await getCollection('services'))
  .map((e) => ({ ...e.data, id: e.id }))
  .sort((a, b) => a.order - b.order || compareVietnamese(a.name, b.name));
/** Published support services; drafts are built nowhere (only named on the staff data-health page). */
export const services = allServices.filter((s) => !s.draft);
export const draftServices = allServices.filter((s) => s.draft);

/** Articles that are live: drafts and articles dated in the future are not built. In `npm run dev`
 * they are shown too, marked, so staff can preview them. Newest first. */
export const articles = (await getCollection('articles', ({ data }) => import.meta.env.MODE === 'development' || isPublished(data, new Date()))).sort(
  (a, b) => b.data.publishDate.getTime() - a.data.publishDate.getTime() || a.id.localeCompare(b.id),
);
export const calendar = (await getCollection('calendar')).map((e) => e.data);
/** The lessons of the basic-knowledge course (/kien-thuc/), in course order. */
export const lessons = (await getCollection('lessons')).sort((a, b) => a.data.order - b.data.order);
/** Monthly page views and course completions (content/reach/), oldest first; none until staff save real figures. */
// Until the ward logs its first month, content/reach/ holds no data file: read nothing rather than let Astro
// warn staff in every build that the collection "does not exist or is empty" when nothing is wrong.
const hasReachMonths = readCollection(process.cwd(), 'reach').entries.length > 0;
export const reachMonths = (hasReachMonths ? await getCollection('reach') : []).map((e) => e.data).sort((a, b) => a.month.localeCompare(b.month));
