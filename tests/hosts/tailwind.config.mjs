// The Tailwind host page's build: the utilities its markup uses, and the typography plugin.
import typography from '@tailwindcss/typography';

export default {
  content: ['tests/hosts/hosts.mjs'],
  plugins: [typography],
};
