import { html, isServer, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { essay as source } from '../content/essay.js';
import type { EssaySectionView, EssayView } from '../model/view.js';
import { heading } from './heading.js';
import { madeOnce } from './made-once.js';

/**
 * The essay, in English whatever the page's language: its title, byline and "Expand all"
 * together, directly above the sections they name.
 */
export function essayTemplate(essay: EssayView): TemplateResult {
  return html`<div class="essay" part="essay" lang="en" dir="ltr">
    <header class="header" part="header">
      ${heading(essay.level, { id: 'title', className: 'title', part: 'title', lang: 'en' }, source.title)}
      <div class="header-row" lang=${essay.lang} dir="auto">
        <p class="byline" part="byline">
          ${essay.byline}
          <a href=${source.sourceUrl} rel="noopener noreferrer" referrerpolicy="no-referrer">${essay.sourceLinkLabel}</a>
        </p>
        <button type="button" class="toggle-all needs-script" part="toggle-all" @click=${essay.onToggleAll}>
          ${essay.toggleAllLabel}
        </button>
      </div>
    </header>
    ${essay.sections.map((section) => sectionTemplate(section, essay))}
    <p class="headings-note" lang=${essay.lang} dir="auto">${essay.headingsNote}</p>
  </div>`;
}

// The heading sits just before its <details>, not inside <summary>: engines that expose a summary
// as a button flatten its children into the button's name, and the heading would be lost to
// heading navigation. This way both the heading and the disclosure reach assistive technology in
// every engine; the summary shows the same words to the eye.
function sectionTemplate(section: EssaySectionView, { level, onToggle, onSummaryClick }: EssayView): TemplateResult {
  return html`
    ${heading(level + 1, { id: `heading-${section.id}`, className: 'section-heading visually-hidden' }, section.heading)}
    <details class="section" part="section" data-section=${section.id} ?open=${section.open} @toggle=${onToggle}>
      <summary part="summary" @click=${onSummaryClick}><span class="summary-text">${section.heading}</span></summary>
      <div class="section-content" part="section-content">
        ${
          isServer
            ? section.paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)
            : guard([section.id], () => madeOnce(section.id, () => section.paragraphs.map(paragraphNode)))
        }
      </div>
    </details>
  `;
}

function paragraphNode(text: string): HTMLParagraphElement {
  const paragraph = document.createElement('p');
  paragraph.textContent = text;
  return paragraph;
}
