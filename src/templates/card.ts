import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { essayTemplate, type EssayView } from './essay.js';
import { heading } from './heading.js';
import {
  emergencyTemplate,
  reachOutTemplate,
  regionControlTemplate,
  resourceTemplate,
  type EmergencyStep,
  type ReachOut,
  type RegionControl,
  type ResourceView,
} from './help.js';

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

/** The card: help first, opening on the step for immediate danger; then the essay. */
export function cardTemplate(view: CardView): TemplateResult {
  const { level } = view;
  return html`<article
    class="card"
    part="card"
    aria-labelledby="help-heading title"
    lang=${ifDefined(view.lang)}
    dir=${ifDefined(view.dir)}
    data-scheme=${ifDefined(view.scheme)}
  >
    <section class="help" part="help" aria-labelledby="help-heading help-region">
      ${heading(level, { id: 'help-heading', className: 'help-heading' }, view.helpHeading)}
      <span id="help-region" hidden>${view.regionName}</span>
      <p class="help-intro">${view.helpIntro}</p>
      ${emergencyTemplate(view.emergency)}
      ${regionControlTemplate(view.regionControl)}
      <p class="status visually-hidden" role="status">${view.status}</p>
      <ul class="resources" part="resources" role="list">
        ${view.resources.map((resource) => resourceTemplate(resource, level + 1))}
      </ul>
      ${view.checked ? html`<p class="checked">${view.checked}</p>` : nothing}
      ${reachOutTemplate(view.reachOut, level + 1)}
    </section>
    ${essayTemplate(view.essay)}
  </article>`;
}
