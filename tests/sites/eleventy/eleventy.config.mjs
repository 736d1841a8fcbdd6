import { feedPlugin } from '@11ty/eleventy-plugin-rss';
import askForHelpCard from 'ask-for-help-card/eleventy';

export default function (eleventyConfig) {
  eleventyConfig.addPlugin(askForHelpCard);
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
