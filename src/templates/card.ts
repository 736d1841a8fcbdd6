import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { CardView } from '../model/view.js';
import { essayTemplate } from './essay.js';
import { heading } from './heading.js';
import { emergencyTemplate, reachOutTemplate, regionControlTemplate, resourceTemplate } from './help.js';

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
