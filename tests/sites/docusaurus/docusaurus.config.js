// A Docusaurus 3 site with the classic preset, its blog holding a post in MDX with the card. Served
// from a folder by the test server, so its base URL is that folder.
export default {
  title: 'A Docusaurus site',
  url: 'https://docs.example',
  baseUrl: '/tests/sites/docusaurus/build/',
  onBrokenLinks: 'throw',
  presets: [['classic', { docs: false, blog: { path: 'blog', showReadingTime: false }, theme: {} }]],
};
