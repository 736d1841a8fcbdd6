import type { EssaySectionId } from './content/sections.js';

/**
 * A section of the essay opened or closed, by the reader or through `expandAll()` /
 * `collapseAll()`. It names the section so a host can count reads; the card records nothing.
 */
export class SectionToggleEvent extends Event {
  static readonly eventName = 'section-toggle';

  /** The section's id, as used by the `open-sections` attribute. */
  readonly sectionId: EssaySectionId;
  /** The section's heading, as the reader sees it. */
  readonly heading: string;
  /** Whether the section is now open. */
  readonly open: boolean;

  constructor(detail: { sectionId: EssaySectionId; heading: string; open: boolean }) {
    super(SectionToggleEvent.eventName, { bubbles: true, composed: true });
    this.sectionId = detail.sectionId;
    this.heading = detail.heading;
    this.open = detail.open;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'section-toggle': SectionToggleEvent;
  }
}
