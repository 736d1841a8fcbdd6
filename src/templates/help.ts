import { html, isServer, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Action } from '../model/actions.js';
import type { EmergencyStep, ReachOut, RegionControl, ResourceView } from '../model/view.js';
import { heading } from './heading.js';

/** The step for immediate danger: the first thing in the help, and its one filled button. */
export function emergencyTemplate({ lead, call, unknown }: EmergencyStep): TemplateResult {
  if (!call) return html`<div class="emergency" part="emergency"><p class="emergency-lead">${unknown}</p></div>`;
  return html`<div class="emergency" part="emergency">
    <p class="emergency-lead">${lead}</p>
    <a class="emergency-call" part="emergency-call" href=${call.href} aria-label="${call.label}, ${call.service}"
      >${call.label}</a
    >
  </div>`;
}

/** The control that says which region's help is shown, and lets the reader choose another. */
export function regionControlTemplate({
  label,
  anywhere,
  options,
  selected,
  reached,
  onChange,
  onReach,
}: RegionControl): TemplateResult {
  return html`<p class="region needs-script" part="region">
    <label for="region">${label}</label>
    <select id="region" @change=${onChange} @focus=${onReach} @pointerdown=${onReach}>
      <option value="" ?selected=${!selected}>${anywhere}</option>
      ${
        isServer
          ? options
              .filter(({ code }) => reached || code === selected)
              .map(({ code, name }) => html`<option value=${code} ?selected=${code === selected}>${name}</option>`)
          : guard([options, selected, reached], () => optionNodes(options, selected, reached))
      }
    </select>
  </p>`;
}

/**
 * The picker's options as nodes, made again only when its list or its chosen region changes, or
 * the reader reaches it. Until then only the chosen one: a closed picker shows no other, and 145
 * regions on each of a page of cards would be thousands of nodes no one sees.
 */
function optionNodes(
  options: RegionControl['options'],
  selected: string | undefined,
  reached: boolean,
): HTMLOptionElement[] {
  return options
    .filter(({ code }) => reached || code === selected)
    .map(({ code, name }) => new Option(name, code, code === selected, code === selected));
}

export function resourceTemplate(resource: ResourceView, level: number): TemplateResult {
  return html`<li class="resource" part="resource">
    ${heading(level, { className: 'resource-name', part: 'resource-name', lang: resource.nameLang, dir: 'auto' }, resource.name)}
    ${
      resource.description
        ? html`<p class="description" lang=${ifDefined(resource.descriptionLang)} dir="auto">${resource.description}</p>`
        : nothing
    }
    ${resource.facts.length ? html`<p class="meta">${resource.facts.map((fact) => html`<span>${fact}</span>`)}</p>` : nothing}
    <ul class="actions" role="list">
      ${resource.actions.map((action) => html`<li>${actionTemplate(action)}</li>`)}
    </ul>
  </li>`;
}

function actionTemplate({ kind, href, label, printed, external, primary }: Action): TemplateResult {
  return html`<a
    class="action ${primary ? 'action-main' : 'action-quiet'}"
    part="action action-${kind}"
    href=${href}
    data-print=${ifDefined(printed)}
    rel=${ifDefined(external ? 'noopener noreferrer' : undefined)}
    referrerpolicy=${ifDefined(external ? 'no-referrer' : undefined)}
    >${label}</a
  >`;
}

/** The offer to write to someone the reader trusts: the message, a text, a copy button. */
export function reachOutTemplate(offer: ReachOut, level: number): TemplateResult {
  return html`<div class="reach-out" part="reach-out">
    ${heading(level, { className: 'reach-out-heading' }, offer.heading)}
    <p>${offer.intro}</p>
    <blockquote class="reach-out-message" part="reach-out-message" dir="auto">${offer.message}</blockquote>
    <ul class="actions" role="list">
      <li><a class="action" part="action action-reach-out" href=${offer.textHref}>${offer.textLabel}</a></li>
      <li>
        <button type="button" class="action needs-script" part="copy" @click=${offer.onCopy}>${offer.copyLabel}</button>
      </li>
    </ul>
    <p class="copy-status" aria-hidden="true">${offer.status}</p>
  </div>`;
}
