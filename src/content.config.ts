import { defineCollection } from 'astro:content';
import { COLLECTIONS } from './features/content/lib/files.ts';
import { contentLoader } from './features/content/lib/loaders.ts';

// Every collection comes from the one table in src/features/content/lib/files.ts (files, parser, ids,
// schema), which `npm run check` and the build's content guard read too.
export const collections = {
  ward: defineCollection({ loader: contentLoader('ward'), schema: COLLECTIONS.ward.schema() }),
  plan: defineCollection({ loader: contentLoader('plan'), schema: COLLECTIONS.plan.schema() }),
  objectives: defineCollection({ loader: contentLoader('objectives'), schema: COLLECTIONS.objectives.schema() }),
  indicators: defineCollection({ loader: contentLoader('indicators'), schema: COLLECTIONS.indicators.schema() }),
  tasks: defineCollection({ loader: contentLoader('tasks'), schema: COLLECTIONS.tasks.schema() }),
  duties: defineCollection({ loader: contentLoader('duties'), schema: COLLECTIONS.duties.schema() }),
  articles: defineCollection({ loader: contentLoader('articles'), schema: ({ image }) => COLLECTIONS.articles.schema(image()) }),
  lessons: defineCollection({ loader: contentLoader('lessons'), schema: COLLECTIONS.lessons.schema() }),
  snapshots: defineCollection({ loader: contentLoader('snapshots'), schema: COLLECTIONS.snapshots.schema() }),
  referenceData: defineCollection({ loader: contentLoader('referenceData'), schema: COLLECTIONS.referenceData.schema() }),
  services: defineCollection({ loader: contentLoader('services'), schema: COLLECTIONS.services.schema() }),
  calendar: defineCollection({ loader: contentLoader('calendar'), schema: COLLECTIONS.calendar.schema() }),
  reach: defineCollection({ loader: contentLoader('reach'), schema: COLLECTIONS.reach.schema() }),
};
