import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { articles, ward } from '../../data/site.ts';
import { ui } from '../../i18n/ui.ts';
import { articleUrl } from '../../shared/lib/routes.ts';

export function GET(context: APIContext) {
  return rss({
    title: `${ui.articles.heading} – ${ward.siteName}`,
    description: ui.articles.intro,
    site: context.site ?? ward.siteUrl,
    items: articles.map((a) => ({ title: a.data.title, description: a.data.description, pubDate: a.data.publishDate, link: articleUrl(a.id) })),
    customData: '<language>vi</language>',
    trailingSlash: true,
  });
}
