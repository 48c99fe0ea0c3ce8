// Every page as the build writes it: the stylesheets of a page that marks its emergency numbers
// (data-first-paint) load after them, so a slow phone paints the numbers from the HTML alone.
import { defineMiddleware } from 'astro:middleware';
import { stylesheetsAfterFirstPaint } from './shared/lib/critical-style.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(stylesheetsAfterFirstPaint(await response.text()), response);
});
