const askForHelpCard = require('ask-for-help-card/eleventy').default;

module.exports = function (eleventyConfig) {
  eleventyConfig.addPlugin(askForHelpCard);
  return { dir: { input: 'content', includes: '../_includes' } };
};
