import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// Served from a folder, as a blog on a project page is: the test server serves the repository, so
// the built site's addresses start with the folder it is built into.
export default defineConfig({ base: '/tests/sites/astro/_site', integrations: [mdx()] });
