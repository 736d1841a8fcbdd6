import askForHelpCard from 'ask-for-help-card/eleventy';

export default function (eleventyConfig) {
  eleventyConfig.addPlugin(askForHelpCard);
}

export const config = { dir: { input: 'content', includes: '../_includes' } };
