import { html, isServer, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { essay as source } from '../content/essay.js';
import type { EssaySectionView, EssayView } from '../model/view.js';
import { heading } from './heading.js';

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

// Each section's title is said once, as a heading that holds the control opening the section: a
// button in the heading, before the section's <details> (whose own summary is hidden). A heading
// inside a <summary> would be lost to heading navigation in engines that flatten a summary's
// children into its name, and a heading beside a summary says the title twice.
// On a server the section is written for a page with no script: a native <summary> opens it, and
// the heading beside it is there for heading navigation only.
function sectionTemplate(section: EssaySectionView, essay: EssayView): TemplateResult {
  const { id, open } = section;
  const parts = isServer ? forPageWithoutScript(section, essay.level + 1) : forBrowser(section, essay);
  // One box for the heading and the section, so that the essay's gap never comes between them.
  return html`<div>
    ${parts.heading}
    <details class="section" part="section" data-section=${id} ?open=${open} @toggle=${essay.onToggle}>
      ${parts.summary}
      <div class="section-content" part="section-content" id="content-${id}">
        ${parts.paragraphs}
      </div>
    </details>
  </div>`;
}

/** A section's parts around its `<details>`: its heading, its summary, its paragraphs. */
interface SectionParts {
  heading: TemplateResult;
  summary: TemplateResult;
  paragraphs: unknown;
}

/** On a server: a native summary opens the section, and a heading beside it serves navigation. */
function forPageWithoutScript({ id, heading: title, paragraphs }: EssaySectionView, level: number): SectionParts {
  return {
    heading: heading(level, { id: `heading-${id}`, className: 'section-heading visually-hidden' }, title),
    summary: html`<summary class="summary" part="summary"><span class="summary-text">${title}</span></summary>`,
    paragraphs: paragraphs.map((paragraph) => html`<p>${paragraph}</p>`),
  };
}

/** In a browser: the heading holds the button, and the paragraphs are made once per page. */
function forBrowser({ id, heading: title, open, paragraphs }: EssaySectionView, essay: EssayView): SectionParts {
  const button = html`<button
    type="button"
    class="summary"
    part="summary"
    data-section=${id}
    aria-expanded=${open ? 'true' : 'false'}
    aria-controls="content-${id}"
    @click=${essay.onSectionButton}
  >
    <span class="summary-text">${title}</span>
  </button>`;
  return {
    heading: heading(essay.level + 1, { id: `heading-${id}`, className: 'section-heading' }, button),
    summary: html`<summary hidden></summary>`,
    paragraphs: guard([id], () => paragraphNodes(id, paragraphs)),
  };
}

/**
 * Each section's paragraphs, made once per page and cloned for each card that shows them: a
 * browser clones a tree far faster than Lit renders a template per paragraph, and a page may hold
 * many cards.
 */
const madeParagraphs = new Map<string, HTMLTemplateElement>();

function paragraphNodes(id: string, paragraphs: readonly string[]): DocumentFragment {
  let made = madeParagraphs.get(id);
  if (!made) {
    made = document.createElement('template');
    for (const text of paragraphs) made.content.appendChild(document.createElement('p')).textContent = text;
    madeParagraphs.set(id, made);
  }
  return made.content.cloneNode(true) as DocumentFragment;
}
