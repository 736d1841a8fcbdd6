import type { LitElement, ReactiveController } from 'lit';
import { essaySections, type EssaySectionId } from '../content/sections.js';
import { SectionToggleEvent } from '../events.js';

type Host = LitElement;

const SECTION_IDS = essaySections.map((section) => section.id);

/** How to find, in the live card, the control that had the focus in the prerendered one. */
type Refocus = (live: ParentNode) => HTMLElement | null | undefined;

/**
 * The control that has the focus in a prerendered card, as the live card will render it: a
 * section's summary becomes that section's button; any other control (the emergency call, a
 * help line's link, the byline's) is the one with the same tag and address, in the same place
 * among those alike (the emergency call comes before a help line with its number).
 */
function refocusFor(focused: Element | null, root: ParentNode): Refocus | undefined {
  if (!focused) return undefined;
  // A summary's parent is its section's <details>.
  const section = (focused.parentElement as HTMLElement).dataset.section;
  if (focused.localName === 'summary')
    return (live) => live.querySelector<HTMLElement>(`button[data-section="${section}"]`);
  const alike = (within: ParentNode) =>
    [...within.querySelectorAll<HTMLElement>(focused.localName)].filter(
      (element) => element.getAttribute('href') === focused.getAttribute('href'),
    );
  const index = alike(root).indexOf(focused as HTMLElement);
  return (live) => alike(live)[index];
}

/**
 * The essay's open sections. The DOM leads: each `<details>` toggles natively (keyboard,
 * find-in-page, reader modes), and its `toggle` event brings this state along and announces it.
 * A card prerendered on a server upgrades in place: the sections its reader opened before the
 * script ran stay open, and the control they had tabbed to keeps the focus.
 */
export class SectionsController implements ReactiveController {
  readonly #host: Host;
  #open = new Set<EssaySectionId>(SECTION_IDS.slice(0, 1));
  /**
   * Set when the open sections were chosen before the first render (by a prerendered card, or
   * expandAll()/collapseAll() called early), so that the first update keeps them.
   */
  #chosenEarly = false;
  /** Set on a prerendered card until its first render takes the prerendered markup's place. */
  #prerendered = false;
  /** Until the first render, what the page put inside the card shows through this slot. */
  #slot?: HTMLSlotElement;
  #refocus?: Refocus;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  isOpen(id: EssaySectionId): boolean {
    return this.#open.has(id);
  }

  get allOpen(): boolean {
    return this.#open.size === SECTION_IDS.length;
  }

  /** The page's `open-sections`, checked: followed, unless the reader's were carried over. */
  request(open: ReadonlySet<EssaySectionId>): void {
    if (!(this.#chosenEarly && !this.#host.hasUpdated)) this.#open = new Set(open);
  }

  /**
   * Until its first render, a card shows what the page put inside it, through a slot: its
   * prerendered markup, or a fallback (a line to call, say). The first render takes its place in
   * the same task, so that nothing goes blank, flashes, moves or appears twice. A prerendered
   * card's sections the reader opened stay open.
   */
  adoptPrerendered(root: DocumentFragment | HTMLElement): void {
    root.append((this.#slot = root.ownerDocument.createElement('slot')));
    const sections = [...this.#host.querySelectorAll<HTMLDetailsElement>(':scope>.card details[data-section]')];
    this.#prerendered = sections.length > 0;
    if (this.#prerendered) {
      this.#open = new Set(
        sections.filter((details) => details.open).map((details) => details.dataset.section as EssaySectionId),
      );
      this.#chosenEarly = true;
    }
  }

  /** Whether the card shows prerendered markup until its first render. */
  get prerendered(): boolean {
    return this.#prerendered;
  }

  hostUpdate(): void {
    // The control the reader focused keeps the focus: read now, before the prerendered markup goes,
    // since the reader may have moved it while the module loaded.
    const focused = this.#host.ownerDocument.activeElement;
    if (this.#prerendered && focused !== this.#host && this.#host.contains(focused))
      this.#refocus = refocusFor(focused, this.#host);
    this.#prerendered = false;
    this.#slot?.remove();
    this.#slot = undefined;
  }

  hostUpdated(): void {
    const refocus = this.#refocus;
    this.#refocus = undefined;
    refocus?.(this.#host.renderRoot)?.focus();
  }

  /** A section's `toggle`: follows it and announces it, unless it only echoes a render. */
  readonly onToggle = (event: Event): void => {
    const details = event.currentTarget as HTMLDetailsElement;
    const id = details.dataset.section as EssaySectionId;
    if (details.open === this.#open.has(id)) return;
    if (details.open) this.#open.add(id);
    else this.#open.delete(id);
    this.#host.requestUpdate();
    const heading = essaySections.find((section) => section.id === id)!.heading;
    this.#host.dispatchEvent(new SectionToggleEvent({ sectionId: id, heading, open: details.open }));
  };

  /**
   * A section's button: opens or closes its `<details>`, whose `toggle` then brings the state
   * along. Marked first, so that only openings the reader asked for animate: sections open from
   * the start appear at rest.
   */
  readonly onSectionButton = (event: Event): void => {
    const { section } = (event.currentTarget as HTMLElement).dataset;
    const details = this.#host.renderRoot.querySelector<HTMLDetailsElement>(`details[data-section="${section}"]`);
    if (!details) return;
    details.dataset.animate = '';
    details.open = !details.open;
  };

  /** Opens or closes every section, as the reader would, one `toggle` event each. */
  setAllOpen(open: boolean): void {
    const sections = [...(this.#host.renderRoot?.querySelectorAll<HTMLDetailsElement>('details[data-section]') ?? [])];
    if (sections.length === 0) {
      // Not rendered yet: the first render shows the sections this way.
      this.#open = new Set(open ? SECTION_IDS : []);
      this.#chosenEarly = true;
      this.#host.requestUpdate();
      return;
    }
    for (const section of sections) {
      section.dataset.animate = '';
      section.open = open;
    }
  }
}
