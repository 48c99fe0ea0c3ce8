import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parse } from 'yaml';
import { articleSchema } from './schemas/article.ts';
import { calendarEventSchema } from './schemas/calendar.ts';
import { indicatorSchema } from './schemas/indicator.ts';
import { lessonSchema } from './schemas/lesson.ts';
import { dutySchema, objectiveSchema, planSchema, taskSchema } from './schemas/plan.ts';
import { reachMonthSchema } from './schemas/reach.ts';
import { referenceFigureSchema } from './schemas/reference.ts';
import { snapshotSchema } from './schemas/snapshot.ts';
import { serviceSchema } from './schemas/service.ts';
import { wardSchema } from './schemas/ward.ts';
import { CONTENT_PATHS, listFiles } from './lib/content/files.ts';

/** A collection holding the one object a YAML file describes (the ward, the plan). */
const singleFile = (path: string, id: string) => () => [{ id, ...parse(readFileSync(path, 'utf8')) }];

export const collections = {
  ward: defineCollection({ loader: singleFile(CONTENT_PATHS.ward, 'ward'), schema: wardSchema }),
  plan: defineCollection({ loader: singleFile(CONTENT_PATHS.plan, 'plan'), schema: planSchema }),
  objectives: defineCollection({ loader: file(CONTENT_PATHS.objectives), schema: objectiveSchema }),
  indicators: defineCollection({ loader: file(CONTENT_PATHS.indicators), schema: indicatorSchema }),
  tasks: defineCollection({ loader: file(CONTENT_PATHS.tasks), schema: taskSchema }),
  duties: defineCollection({
    // Ids carry the file position ("01-phong-van-hoa-xa-hoi") so section IV keeps the plan's order.
    loader: file(CONTENT_PATHS.duties, { parser: (text) => parse(text).map((d: { unit: string }, i: number) => ({ id: `${String(i + 1).padStart(2, '0')}-${d.unit}`, ...d })) }),
    schema: dutySchema,
  }),
  articles: defineCollection({
    loader: glob({ base: CONTENT_PATHS.articles, pattern: '**/*.{md,mdx}' }),
    schema: ({ image }) => articleSchema(image()),
  }),
  lessons: defineCollection({ loader: glob({ base: CONTENT_PATHS.lessons, pattern: '*.mdx' }), schema: lessonSchema }),
  snapshots: defineCollection({ loader: glob({ base: CONTENT_PATHS.snapshots, pattern: '*.json' }), schema: snapshotSchema }),
  referenceData: defineCollection({ loader: file(CONTENT_PATHS.referenceData), schema: referenceFigureSchema }),
  services: defineCollection({ loader: glob({ base: CONTENT_PATHS.services, pattern: '*.{yaml,yml}' }), schema: serviceSchema }),
  calendar: defineCollection({ loader: file(CONTENT_PATHS.calendar, { parser: (text) => parse(text).events }), schema: calendarEventSchema }),
  // A folder that may be empty (no figures yet): read directly, so the build prints no warning.
  reach: defineCollection({
    loader: {
      name: 'reach-files',
      load: async ({ store, parseData }) => {
        store.clear();
        for (const path of listFiles('.', CONTENT_PATHS.reach, ['.json'])) {
          const id = basename(path, '.json');
          store.set({ id, data: await parseData({ id, data: JSON.parse(readFileSync(path, 'utf8')) }) });
        }
      },
    },
    schema: reachMonthSchema,
  }),
};
