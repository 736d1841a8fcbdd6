import type { CardStrings } from './content/strings.js';
import type { SectionToggleEvent } from './events.js';
import type { ColorScheme } from './model/options.js';
import type { HelpResource } from './model/resources.js';

// A declaration file, copied into dist/ by the build: module augmentations for frameworks the
// project itself need not install.

/**
 * The card as a JSX element: its attributes and properties, and its event as an `on…` prop in
 * the form React 19, Preact and Svelte 5 pass to custom elements. Self-contained on purpose:
 * it names no framework's types, so a project without React or Vue type-checks cleanly.
 */
export interface AskForHelpCardProps {
  resources?: HelpResource[];
  'keep-defaults'?: boolean;
  keepDefaults?: boolean;
  region?: string;
  'heading-level'?: number | string;
  headingLevel?: number | string;
  'open-sections'?: string;
  openSections?: string;
  scheme?: ColorScheme;
  strings?: Partial<CardStrings>;
  'reach-out-message'?: string;
  reachOutMessage?: string;
  'onsection-toggle'?: (event: SectionToggleEvent) => void;
  id?: string;
  class?: string;
  className?: string;
  lang?: string;
  dir?: string;
  hidden?: boolean;
  slot?: string;
  style?: unknown;
  children?: unknown;
  key?: string | number | null;
  ref?: unknown;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'ask-for-help-card': AskForHelpCardProps;
    }
  }
}

declare module 'preact' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'ask-for-help-card': AskForHelpCardProps;
    }
  }
}

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'ask-for-help-card': AskForHelpCardProps;
  }
}

declare module 'vue' {
  interface GlobalComponents {
    'ask-for-help-card': new () => { $props: AskForHelpCardProps & { onSectionToggle?: (event: SectionToggleEvent) => void } };
  }
}
