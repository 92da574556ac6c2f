/** /rss.xml: RSS 2.0 feed of the updates, with absolute links and summaries. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { contentData } from '../site/content/data.ts';
import { updates as t } from '../i18n/content.vi.ts';
import { vi } from '../i18n/vi.ts';

export const GET: APIRoute = async ({ site }) => {
  const { updates } = await contentData();
  return rss({
    title: `${vi.site.name} – ${t.title}`,
    description: t.description,
    site: site!,
    trailingSlash: true,
    customData: `<language>vi</language>`,
    items: updates.map((u) => ({
      title: u.entry.data.title,
      link: u.path,
      pubDate: new Date(`${u.entry.data.publishedAt}T00:00:00+07:00`),
      description: u.entry.data.summary,
      categories: u.tags.map((g) => g.name),
    })),
  });
};
