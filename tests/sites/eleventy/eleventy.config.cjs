const askForHelpCard = require('ask-for-help-card/eleventy').default;

module.exports = function (eleventyConfig) {
  eleventyConfig.addPlugin(askForHelpCard);
  eleventyConfig.addBundle('css', { toFileDirectory: 'dist', bundleHtmlContentFromSelector: 'style' });
  eleventyConfig.addBundle('js', { toFileDirectory: 'dist', bundleHtmlContentFromSelector: 'script' });
  return { dir: { input: 'content', includes: '../_includes' } };
};
