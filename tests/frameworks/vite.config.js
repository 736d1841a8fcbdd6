import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// Vue must be told the tag is a custom element, as for any web component (README: Vue).
export default defineConfig({
  base: './',
  plugins: [
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === 'ask-for-help-card' } } }),
    svelte(),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      input: { react: resolve('react.html'), vue: resolve('vue.html'), svelte: resolve('svelte.html') },
    },
  },
});
