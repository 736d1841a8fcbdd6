/**
 * Real themes a blog might use, each from npm, with a post around the card. scripts/build-hosts.mjs
 * writes a page for each into dist/hosts/; tests/hosts.test.ts holds the card to the post's
 * type size and scheme on each, and `npm run gallery` photographs them.
 *
 * `scheme` is the page's scheme for a reader who prefers light and one who prefers dark.
 */
export const HOSTS = [
  {
    name: 'bootstrap',
    title: 'Bootstrap 5.3, with its colour-mode snippet',
    stylesheets: ['/node_modules/bootstrap/dist/css/bootstrap.min.css'],
    // Bootstrap's documented snippet: the page follows the reader's preference.
    head: `<script>document.documentElement.setAttribute('data-bs-theme', matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');</script>`,
    wrap: (post) =>
      `<main class="container py-4"><div class="row"><article class="col-lg-8">${post}</article></div></main>`,
    scheme: { light: 'light', dark: 'dark' },
  },
  {
    name: 'darkly',
    title: 'Bootswatch Darkly',
    stylesheets: ['/node_modules/bootswatch/dist/darkly/bootstrap.min.css'],
    wrap: (post) => `<main class="container py-4"><article>${post}</article></main>`,
    scheme: { light: 'dark', dark: 'dark' },
  },
  {
    name: 'tailwind',
    title: 'Tailwind CSS 3 with the typography plugin',
    stylesheets: ['/dist/hosts/tailwind.css'],
    wrap: (post) => `<main class="px-4 py-8"><article class="prose lg:prose-xl mx-auto">${post}</article></main>`,
    scheme: { light: 'light', dark: 'light' },
  },
  {
    name: 'pico',
    title: 'Pico 2',
    stylesheets: ['/node_modules/@picocss/pico/css/pico.min.css'],
    wrap: (post) => `<main class="container"><article>${post}</article></main>`,
    scheme: { light: 'light', dark: 'dark' },
  },
  {
    name: 'bulma',
    title: 'Bulma 1',
    stylesheets: ['/node_modules/bulma/css/bulma.min.css'],
    wrap: (post) => `<main class="section"><div class="container content">${post}</div></main>`,
    scheme: { light: 'light', dark: 'dark' },
  },
  {
    name: 'water-dark',
    title: 'water.css, dark',
    stylesheets: ['/node_modules/water.css/out/dark.min.css'],
    wrap: (post) => `<main>${post}</main>`,
    scheme: { light: 'dark', dark: 'dark' },
  },
  {
    name: 'simple',
    title: 'Simple.css',
    stylesheets: ['/node_modules/simpledotcss/simple.min.css'],
    wrap: (post) => `<main>${post}</main>`,
    scheme: { light: 'light', dark: 'dark' },
  },
  {
    name: 'sakura',
    title: 'sakura.css (html { font-size: 62.5% })',
    stylesheets: ['/node_modules/sakura.css/css/sakura.css'],
    wrap: (post) => `<main>${post}</main>`,
    scheme: { light: 'light', dark: 'light' },
  },
];

/** A blog post with the bare tag in it, as a blogger pastes it. */
export const POST = `<h1>Why I keep this card on my blog</h1>
<p class="post-text">Some days are heavier than others. I keep this card here, next to my own words, so that anyone who needs it can reach someone quickly.</p>
<ask-for-help-card region="GB"></ask-for-help-card>
<h2 class="after-card">What comes next</h2>
<p class="post-text">The rest of the post carries on after the card, at the same size and in the same colours as before it.</p>`;

/** The page for one host, with the card's module. */
export function hostPage(host) {
  const links = host.stylesheets.map((href) => `<link rel="stylesheet" href="${href}">`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${host.title}: a post with the card</title>
${links}
${host.head ?? ''}
<script type="module" src="/dist/cdn/ask-for-help-card.js"></script>
</head>
<body>
${host.wrap(POST)}
</body>
</html>
`;
}
