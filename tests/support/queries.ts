/**
 * What a reader finds in a card, the way every test asks for it: names, links and lines as they
 * are shown, with white space folded as a reader reads it.
 */
import { textOf } from './helpers.js';

/** The card's shadow root, where a reader's view lives (empty for a card not yet upgraded). */
function rootOf(card: Element): ParentNode {
  return card.shadowRoot ?? document.createDocumentFragment();
}

/** The names of the places to get help, in order. */
export function resourceNames(card: Element): string[] {
  return [...rootOf(card).querySelectorAll('.resource-name')].map(textOf);
}

/** Each link under `selector` (by default every way to reach a place): its words and its address. */
export function links(card: Element, selector = '.resources a'): { label: string; href: string }[] {
  return [...rootOf(card).querySelectorAll<HTMLAnchorElement>(selector)].map((a) => ({
    label: textOf(a),
    href: a.getAttribute('href')!,
  }));
}

/** The line for immediate danger: its words, and the number it calls when it has one. */
export function emergencyLine(card: Element): { text: string; href: string | null | undefined } {
  const line = rootOf(card).querySelector('[part="emergency"]');
  return { text: textOf(line), href: line?.querySelector('a')?.getAttribute('href') };
}

/**
 * Chooses a region in the card's picker as a reader does: reaches the control (which then holds
 * every region), picks one, and lets the card hear the change.
 */
export function chooseRegion(card: Element, region: string): void {
  const select = rootOf(card).querySelector('select')!;
  select.focus();
  select.value = region;
  select.dispatchEvent(new Event('change'));
}

/** The heading of the help section. */
export function helpHeading(card: Element): string {
  return textOf(rootOf(card).querySelector('.help-heading'));
}
