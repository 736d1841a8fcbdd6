import { html, type TemplateResult } from 'lit';
import { heading } from './heading.js';

export interface EssaySectionView {
  id: string;
  heading: string;
  paragraphs: readonly string[];
  open: boolean;
}

export interface EssayView {
  sections: readonly EssaySectionView[];
  /** Level of the sections' headings. */
  level: number;
  /** The language of the card's own words around the essay. */
  lang: string;
  toggleAllLabel: string;
  headingsNote: string;
  onToggleAll: () => void;
  onToggle: (event: Event) => void;
  onSummaryClick: (event: Event) => void;
}

/** The essay, in English whatever the page's language, in sections that open and close. */
export function essayTemplate(essay: EssayView): TemplateResult {
  return html`<div class="essay" part="essay" lang="en">
    <div class="essay-bar">
      <button
        type="button"
        class="toggle-all needs-script"
        part="toggle-all"
        @click=${essay.onToggleAll}
        lang=${essay.lang}
      >
        ${essay.toggleAllLabel}
      </button>
    </div>
    ${essay.sections.map((section) => sectionTemplate(section, essay))}
    <p class="headings-note" lang=${essay.lang}>${essay.headingsNote}</p>
  </div>`;
}

// The heading sits just before its <details>, not inside <summary>: engines that expose a summary
// as a button flatten its children into the button's name, and the heading would be lost to
// heading navigation. This way both the heading and the disclosure reach assistive technology in
// every engine; the summary shows the same words to the eye.
function sectionTemplate(section: EssaySectionView, { level, onToggle, onSummaryClick }: EssayView): TemplateResult {
  return html`
    ${heading(level, { id: `heading-${section.id}`, className: 'section-heading visually-hidden' }, section.heading)}
    <details class="section" part="section" data-section=${section.id} ?open=${section.open} @toggle=${onToggle}>
      <summary part="summary" @click=${onSummaryClick}><span class="summary-text">${section.heading}</span></summary>
      <div class="section-content" part="section-content">
        ${section.paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}
      </div>
    </details>
  `;
}
