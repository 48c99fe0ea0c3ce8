// Every open-data file of /du-lieu/ (CSV and JSON), written from content/ at build time.
import type { APIRoute, GetStaticPaths } from 'astro';
import { progress } from '../../data/site.ts';
import { downloadFiles, downloadType } from '../../lib/downloads.ts';

export const getStaticPaths = (() => Object.entries(downloadFiles(progress)).map(([file, body]) => ({ params: { file }, props: { body } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) => new Response(props.body as string, { headers: { 'Content-Type': downloadType(params.file ?? '') } });
