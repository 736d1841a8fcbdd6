// The blog's full-content RSS feed, as Astro's RSS guide makes one: each post rendered by the
// Container API, then sanitized (scripts and styles dropped). The card is told it is in a feed
// (locals), and writes its plain copy alone.
import rss from '@astrojs/rss';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getContainerRenderer as getMDXRenderer } from '@astrojs/mdx';
import { loadRenderers } from 'astro:container';
import { transform } from 'ultrahtml';
import sanitize from 'ultrahtml/transformers/sanitize';

export async function GET() {
  const renderers = await loadRenderers([getMDXRenderer()]);
  const container = await AstroContainer.create({ renderers });
  const posts = Object.values(import.meta.glob('./posts/*.mdx', { eager: true }));
  const items = [];
  for (const post of posts) {
    const html = await container.renderToString(post.default, { locals: { askForHelpCard: 'feed' } });
    const content = await transform(html.replace(/^<!DOCTYPE html>/, ''), [
      sanitize({ dropElements: ['script', 'style'] }),
    ]);
    items.push({ title: post.frontmatter.title, link: post.url, pubDate: new Date('2026-12-01'), content });
  }
  return rss({ title: 'An Astro blog', description: 'Posts with the card', site: 'https://blog.example', items });
}
