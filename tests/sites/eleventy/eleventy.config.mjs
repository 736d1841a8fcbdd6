import { feedPlugin } from '@11ty/eleventy-plugin-rss';
import askForHelpCard from 'ask-for-help-card/eleventy';

export default function (eleventyConfig) {
  eleventyConfig.addPlugin(askForHelpCard);
  // Per-page bundles, as Eleventy's official starter (eleventy-base-blog v9) has them: every
  // <style> and <script> of a page, the card's included, is lifted into the page's bundles.
  eleventyConfig.addBundle('css', { toFileDirectory: 'dist', bundleHtmlContentFromSelector: 'style' });
  eleventyConfig.addBundle('js', { toFileDirectory: 'dist', bundleHtmlContentFromSelector: 'script' });
  // The blog's Atom feed, as @11ty/eleventy-plugin-rss makes it: where a post travels next.
  eleventyConfig.addPlugin(feedPlugin, {
    type: 'atom',
    outputPath: '/feed.xml',
    collection: { name: 'posts', limit: 10 },
    metadata: {
      language: 'en',
      title: 'A blog',
      base: 'https://blog.example/',
      author: { name: 'A blogger' },
    },
  });
}

export const config = { dir: { input: 'content', includes: '../_includes' } };
