// The tag as Svelte 5's markup types see it (svelte-check reads SvelteHTMLElements for elements).
import type { SvelteHTMLElements } from 'svelte/elements';

type CardInSvelte = SvelteHTMLElements['ask-for-help-card'];

export const good: CardInSvelte = {
  resources: [{ name: 'Harbour Listening Line', phone: '555 0100' }],
  'heading-level': '3',
  scheme: 'dark',
  'onsection-toggle': (event) => void event.sectionId,
};

// @ts-expect-error a resource needs a name
export const withoutName: CardInSvelte = { resources: [{ phone: '555 0100' }] };
// @ts-expect-error the scheme is auto, light or dark
export const sepia: CardInSvelte = { scheme: 'sepia' };
