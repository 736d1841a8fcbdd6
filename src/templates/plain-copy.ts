import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { essay as source } from '../content/essay.js';
import type { CardView } from '../model/view.js';

/**
 * What a reader needs of the card, as plain HTML for what is not a page (a feed item, a
 * newsletter, a summary): the help (the emergency step, each place with its links and hours, the
 * worldwide directories) and the essay with its credit. Only elements every sanitizer keeps:
 * paragraphs, lists, links, emphasis.
 */
export function plainCopyTemplate(view: CardView): TemplateResult {
  const { emergency } = view;
  return html`<div class="ask-for-help-card-plain" lang=${ifDefined(view.lang)}>
<p><strong>${view.helpHeading}</strong></p>
<p>${view.helpIntro}</p>
<p>${emergency.call ? html`${emergency.lead} <a href=${emergency.call.href}>${emergency.call.label}</a> (${emergency.call.service})` : emergency.unknown}</p>
<ul>
${view.resources.map(
  (resource) =>
    html`<li><strong lang=${ifDefined(resource.nameLang)} dir=${ifDefined(resource.nameLang ? 'auto' : undefined)}>${resource.name}</strong>${resource.description ? html`: <span lang=${ifDefined(resource.descriptionLang)}>${resource.description}</span>` : nothing}${resource.facts.map((fact) => html` ${fact}.`)}
${resource.actions.map((action, index) => html`${index ? ' · ' : ''}<a href=${action.href}>${action.label}</a>${action.printed ? ` (${action.printed})` : ''}`)}</li>
`,
)}
</ul>
${view.checked ? html`<p>${view.checked}</p>` : nothing}
<p lang="en"><em>${source.title}</em></p>
<p>${view.essay.byline} <a href=${source.sourceUrl}>${view.essay.sourceLinkLabel}</a></p>
${view.essay.sections.flatMap((section) => section.paragraphs.map((paragraph) => html`<p lang="en">${paragraph}</p>`))}
</div>`;
}
