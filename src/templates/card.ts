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
  /** `light` or `dark` where the card follows the page it found itself on; else nothing. */
  scheme?: 'light' | 'dark';
  helpHeading: string;
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
  return html`<article class="card" part="card" aria-labelledby="help-heading title" data-scheme=${ifDefined(view.scheme)}>
    <section class="help" part="help" aria-labelledby="help-heading">
      ${heading(level, { id: 'help-heading', className: 'help-heading' }, view.helpHeading)}
      <p class="help-intro">${view.helpIntro}</p>
      ${emergencyTemplate(view.emergency)}
      ${regionControlTemplate(view.regionControl)}
      <ul class="resources" part="resources" role="list">
        ${view.resources.map((resource) => resourceTemplate(resource, level + 1))}
      </ul>
      ${view.checked ? html`<p class="checked">${view.checked}</p>` : nothing}
      ${reachOutTemplate(view.reachOut, level + 1)}
    </section>
    ${essayTemplate(view.essay)}
  </article>`;
}
