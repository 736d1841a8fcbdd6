import { html, nothing, type TemplateResult } from 'lit';
import { essay } from '../content/essay.js';
import { essayTemplate, type EssayView } from './essay.js';
import { heading } from './heading.js';
import {
  emergencyTemplate,
  reachOutTemplate,
  regionControlTemplate,
  resourceTemplate,
  type ReachOut,
  type RegionControl,
  type ResourceView,
} from './help.js';

/** Everything the card shows, in the reader's language, ready to render. */
export interface CardView {
  /** Level of the card's top heading. */
  level: number;
  byline: string;
  sourceLinkLabel: string;
  helpHeading: string;
  helpIntro: string;
  emergency: { sentence: string; unknownSentence: string; number?: { text: string; href: string } };
  regionControl: RegionControl;
  resources: readonly ResourceView[];
  /** When the default list's facts were checked, where the default list is shown. */
  checked?: string;
  reachOut: ReachOut;
  essay: EssayView;
}

/** The card: the essay's title and byline, help first, then the essay. */
export function cardTemplate(view: CardView): TemplateResult {
  const { level } = view;
  return html`<article class="card" part="card" aria-labelledby="title">
    <header class="header" part="header">
      ${heading(level, { id: 'title', className: 'title', part: 'title', lang: 'en' }, essay.title)}
      <p class="byline" part="byline">
        ${view.byline}
        <a href=${essay.sourceUrl} rel="noopener noreferrer" referrerpolicy="no-referrer">${view.sourceLinkLabel}</a>
      </p>
    </header>
    <section class="help" part="help" aria-labelledby="help-heading">
      ${heading(level + 1, { id: 'help-heading', className: 'help-heading' }, view.helpHeading)}
      <p class="help-intro">${view.helpIntro}</p>
      ${emergencyTemplate(view.emergency.sentence, view.emergency.unknownSentence, view.emergency.number)}
      ${regionControlTemplate(view.regionControl)}
      <ul class="resources" part="resources" role="list">
        ${view.resources.map((resource) => resourceTemplate(resource, level + 2))}
      </ul>
      ${view.checked ? html`<p class="checked">${view.checked}</p>` : nothing}
      ${reachOutTemplate(view.reachOut, level + 2)}
    </section>
    ${essayTemplate(view.essay)}
  </article>`;
}
