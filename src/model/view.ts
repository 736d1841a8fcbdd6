// What the card shows, as plain data: the model writes it (card-view.ts, resource-view.ts) and the
// templates render it, so the model never needs the templates.
import type { Action } from './actions.js';

/** Everything the card shows, in the reader's language, ready to render. */
export interface CardView {
  /** Level of the card's top headings: the help's and the essay's title. */
  level: number;
  /** The language of the card's words, where it is not the page's. */
  lang?: string;
  /** `ltr` where the card's words are its own (all its languages run left to right). */
  dir?: 'ltr';
  /** What the status region says: what just changed, for assistive technology. */
  status: string;
  /** `light` or `dark` where the card follows the page it found itself on; else nothing. */
  scheme?: 'light' | 'dark';
  helpHeading: string;
  /**
   * The name of the region whose help is shown, which names the help's landmark with its heading:
   * several cards on a page are told apart by it.
   */
  regionName?: string;
  helpIntro: string;
  emergency: EmergencyStep;
  regionControl: RegionControl;
  resources: readonly ResourceView[];
  /** When the default list's facts were checked, where the default list is shown. */
  checked?: string;
  reachOut: ReachOut;
  essay: EssayView;
}

export interface EmergencyStep {
  /** The words before the call: "If you are in immediate danger:". */
  lead: string;
  /** The button that calls the region's emergency number, where it is known; `service` says what it reaches. */
  call?: { label: string; service: string; href: string };
  /** What to do where the number is not known. */
  unknown: string;
}

export interface RegionControl {
  label: string;
  anywhere: string;
  /** Regions with their names, in the order the reader looks for them. */
  options: readonly { code: string; name: string }[];
  selected?: string;
  /**
   * Whether the reader has reached the control (focused or touched it): until then a card holds
   * only its chosen option, since a closed picker shows no other, and a page of cards would
   * otherwise hold thousands of options no one sees.
   */
  reached: boolean;
  onChange: (event: Event) => void;
  /** The reader reaches the control: every option must be there before it opens. */
  onReach: () => void;
}

/** One place to get help, as the reader reads it. */
export interface ResourceView {
  name: string;
  /** The name's language, where it differs from the card's (another script). */
  nameLang?: string;
  description?: string;
  /** The description's language: the card's own lines carry it, a site's never. */
  descriptionLang?: string;
  /** Short facts: where it serves, its hours, its languages. */
  facts: readonly string[];
  actions: readonly Action[];
}

export interface ReachOut {
  heading: string;
  intro: string;
  message: string;
  textLabel: string;
  textHref: string;
  copyLabel: string;
  /** What the copy button last reported, shown beside it (the card's status region says it). */
  status: string;
  onCopy: () => void;
}

export interface EssaySectionView {
  id: string;
  heading: string;
  paragraphs: readonly string[];
  open: boolean;
}

export interface EssayView {
  sections: readonly EssaySectionView[];
  /** Level of the essay's title; its sections' headings are one level below. */
  level: number;
  /** The language of the card's words around the essay: its own table's, or the page's for a site's words. */
  lang: string;
  /** The author, publisher and date, in the card's language. */
  byline: string;
  sourceLinkLabel: string;
  toggleAllLabel: string;
  headingsNote: string;
  onToggleAll: () => void;
  onToggle: (event: Event) => void;
  /** A section's button, in the browser: opens or closes its section. */
  onSectionButton: (event: Event) => void;
}
