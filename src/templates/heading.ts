import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export interface HeadingAttributes {
  id?: string;
  className: string;
  part?: string;
  lang?: string;
  dir?: 'auto';
}

/**
 * A heading at `level`, 1 to 6 (a deeper level is written as 6). A tag name cannot be a binding,
 * so each level is a plain template of its own.
 */
export function heading(
  level: number,
  { id, className, part, lang, dir }: HeadingAttributes,
  content: unknown,
): TemplateResult {
  switch (Math.max(1, Math.min(level, 6))) {
    case 1:
      return html`<h1 id=${ifDefined(id)} class=${className} part=${ifDefined(part)} lang=${ifDefined(lang)} dir=${ifDefined(dir)}>${content}</h1>`;
    case 2:
      return html`<h2 id=${ifDefined(id)} class=${className} part=${ifDefined(part)} lang=${ifDefined(lang)} dir=${ifDefined(dir)}>${content}</h2>`;
    case 3:
      return html`<h3 id=${ifDefined(id)} class=${className} part=${ifDefined(part)} lang=${ifDefined(lang)} dir=${ifDefined(dir)}>${content}</h3>`;
    case 4:
      return html`<h4 id=${ifDefined(id)} class=${className} part=${ifDefined(part)} lang=${ifDefined(lang)} dir=${ifDefined(dir)}>${content}</h4>`;
    case 5:
      return html`<h5 id=${ifDefined(id)} class=${className} part=${ifDefined(part)} lang=${ifDefined(lang)} dir=${ifDefined(dir)}>${content}</h5>`;
    default:
      return html`<h6 id=${ifDefined(id)} class=${className} part=${ifDefined(part)} lang=${ifDefined(lang)} dir=${ifDefined(dir)}>${content}</h6>`;
  }
}
