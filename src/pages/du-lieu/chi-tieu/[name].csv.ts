// /du-lieu/chi-tieu/<name>.csv: open data written from content/ at build time (see src/features/progress/lib/downloads.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { progress } from '../../../data/site.ts';
import { downloadPaths, downloadResponse } from '../../../features/progress/lib/downloads.ts';

export const getStaticPaths = (() => downloadPaths(progress, 'chi-tieu/', 'csv')) satisfies GetStaticPaths;
export const GET: APIRoute = ({ props }) => downloadResponse(props.body as string, 'csv');
