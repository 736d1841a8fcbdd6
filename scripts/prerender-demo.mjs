#!/usr/bin/env node
// Writes demo/prerendered.html: the blog post with the card pasted in as the prerendered snippet
// `ask-for-help-card render` prints, and the module arriving late, as on a slow phone.
import { writeFileSync } from 'node:fs';
import { renderCard } from '../dist/ssr/render-card.js';

writeFileSync(
  'demo/prerendered.html',
  `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="description" content="The ask-for-help-card prerendered: readable before and without JavaScript." />
    <title>Prerendered card · ask-for-help-card demo</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="./demo.css" />
    <!-- The module arrives two seconds late, as on a slow phone: the card is readable and
         working before then (sections are native <details>), and does not move when it does. -->
    <script type="module">
      setTimeout(() => import('./demo.ts'), 2000);
    </script>
  </head>
  <body>
    <header class="site-header">
      <p class="site-name">Field Notes</p>
      <p><a href="./">The live card</a></p>
    </header>
    <main>
      <article class="post">
        <h1>Readable before any script</h1>
        <p>
          This card was pasted into the page as the HTML that <code>npx ask-for-help-card render
          --region US</code> prints. It reads, links and opens its sections with JavaScript off;
          its module, loaded two seconds late here, upgrades it in place.
        </p>
        ${renderCard({ region: 'US' })}
        <p>Words after the card stay where they were when the module arrives.</p>
      </article>
    </main>
  </body>
</html>
`,
);
console.log('demo: wrote demo/prerendered.html');
