import { LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { html, literal, type StaticValue } from 'lit/static-html.js';
import { essay } from './content/essay.js';
import { essaySections, type EssaySectionId } from './content/sections.js';
import { en, stringTables, type CardLanguage, type CardStrings } from './content/strings.js';
import { LocaleController } from './controllers/locale-controller.js';
import { emergencyNumbers, helpLines, helpLinesChecked, sheetRegions } from './content/help-lines.js';
import { SectionToggleEvent } from './events.js';
import { httpHref, mailtoHref, smsHref, telHref } from './model/links.js';
import { checkHeadingLevel, checkOpenSections, checkReachOutMessage, checkRegion, checkScheme, checkStrings, fill, type ColorScheme } from './model/options.js';
import { checkResources, MalformedJson, reasonOf, type HelpResource } from './model/resources.js';
import { displayNames, formatDate, regionsByName } from './model/names.js';
import { emergencyNumberFor, guessRegion, isKnownRegion, isWorldwide, resourcesForRegion } from './model/regions.js';
import { sheetLineIn, type ShownResource } from './model/sheet-lines.js';
import styles from './ask-for-help-card.styles.js';
import { adoptStylesInItsDocument } from './adopt-styles.js';

const SECTION_IDS: readonly EssaySectionId[] = essaySections.map((section) => section.id);
const HEADING_TAGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

const WORLDWIDE_LINES = helpLines.filter(isWorldwide);

/** Reads a JSON attribute without ever throwing: bad JSON becomes a sentinel the checks report. */
const jsonAttribute = {
  fromAttribute(value: string | null): unknown {
    if (value === null) return undefined;
    try {
      return JSON.parse(value);
    } catch (error) {
      return new MalformedJson(reasonOf(error));
    }
  },
};

function headingTag(level: number): StaticValue {
  return HEADING_TAGS[Math.min(level, 6) - 1];
}

/** The reader's region as the device's time zone tells it: guessed once per page, for every card. */
let guess: { region: string | undefined } | undefined;
function guessedRegion(): string | undefined {
  guess ??= { region: guessRegion() };
  return guess.region;
}

/**
 * Marisa Donnelly's essay *It's Okay To Ask For Help, You Know* in collapsible sections, beside
 * a list of places to get help that a site can replace.
 *
 * @summary An essay on asking for help, with help lines one tap away.
 * @tagname ask-for-help-card
 *
 * @fires {SectionToggleEvent} section-toggle - A section of the essay opened or closed. `sectionId`, `heading` and `open` say which and how; the card itself records nothing.
 *
 * @cssprop [--ask-for-help-card-background=light-dark(#ffffff, #17191c)] - The card's background.
 * @cssprop [--ask-for-help-card-text-color=light-dark(#1f2328, #e8eaed)] - Body text.
 * @cssprop [--ask-for-help-card-muted-color=light-dark(#59636e, #a9b1ba)] - Secondary text: byline, hours, notes.
 * @cssprop [--ask-for-help-card-accent-color=light-dark(#0d6e5c, #6fd6c1)] - Section markers and the help panel's edge.
 * @cssprop [--ask-for-help-card-link-color=light-dark(#0b57d0, #9ec1ff)] - Links and actions.
 * @cssprop [--ask-for-help-card-border-color=light-dark(#d1d9e0, #3d444d)] - Borders and dividers.
 * @cssprop [--ask-for-help-card-focus-ring-color=light-dark(#0b57d0, #9ec1ff)] - The outline of the focused control.
 * @cssprop [--ask-for-help-card-font-family=inherit] - Font of the whole card; by default the page's.
 * @cssprop [--ask-for-help-card-font-size=1rem] - Base font size; everything else scales from it.
 * @cssprop [--ask-for-help-card-spacing=1rem] - The unit of space between parts.
 * @cssprop [--ask-for-help-card-radius=0.75rem] - Corner radius of the card; inner corners follow it.
 *
 * @csspart card - The card's outer box.
 * @csspart header - The title and byline.
 * @csspart title - The essay's title.
 * @csspart byline - The author, publisher and link to the original.
 * @csspart help - The region with the places to get help.
 * @csspart emergency - The line for immediate danger.
 * @csspart emergency-call - The link that calls the region's emergency number.
 * @csspart region - The region control and its label.
 * @csspart resources - The list of places to get help.
 * @csspart resource - One place to get help.
 * @csspart resource-name - A place's name.
 * @csspart action - Every link to reach a place (call, text, chat, website, email).
 * @csspart action-call - A `tel:` link.
 * @csspart action-text - An `sms:` link.
 * @csspart action-chat - A chat link.
 * @csspart action-website - A website link.
 * @csspart action-email - A `mailto:` link.
 * @csspart reach-out - The offer to write to someone the reader trusts.
 * @csspart reach-out-message - The message the reader can send.
 * @csspart action-reach-out - The `sms:` link that opens the reader's messages with the message filled in.
 * @csspart copy - The button that copies the message.
 * @csspart essay - The essay: its controls and sections.
 * @csspart toggle-all - The "Expand all" / "Collapse all" button.
 * @csspart section - One section (a `<details>`).
 * @csspart summary - A section's summary, the control that opens and closes it.
 * @csspart section-content - A section's paragraphs.
 */
export class AskForHelpCard extends LitElement {
  static override styles = styles;

  /**
   * Places to get help, replacing the defaults: an array of `HelpResource` (property) or the
   * same as JSON (attribute). Bad entries and fields are dropped with one warning.
   */
  @property({ converter: jsonAttribute })
  resources?: HelpResource[];

  /** Show the site's `resources` before the default list instead of replacing it. */
  @property({ type: Boolean, attribute: 'keep-defaults' })
  keepDefaults = false;

  /**
   * The reader's region (ISO 3166-1 alpha-2; `UK` reads as `GB`): its lines come first and its
   * emergency number is offered. `auto` guesses from the device's time zone alone, with no
   * request; a zone of no known country (UTC, say) gives no region. Empty: no region, worldwide
   * directories only.
   */
  @property()
  region = '';

  /** Level of the card's top heading, 1 to 5; the sections' headings are one level below. */
  @property({ attribute: 'heading-level' })
  headingLevel: number | string = 2;

  /** Which sections start open: `first`, `all`, `none`, or section ids separated by spaces. */
  @property({ attribute: 'open-sections' })
  openSections = 'first';

  /** `auto` follows the page's `color-scheme`; `light` or `dark` forces one. */
  @property({ reflect: true })
  scheme: ColorScheme = 'auto';

  /** The message a reader can send to someone they trust; by default the string table's. */
  @property({ attribute: 'reach-out-message' })
  reachOutMessage?: string;

  /** Replacements for any of the words the card adds around the essay (attribute: as JSON). */
  @property({ converter: jsonAttribute })
  strings: Partial<CardStrings> = {};

  /** The region the reader chose in the card, over the page's `region`, until that changes. */
  @state() private chosenRegion?: string;

  /** What the copy button last reported, for its live region. */
  @state() private copyStatus = '';

  readonly #locale = new LocaleController(this);
  #siteResources: readonly HelpResource[] = [];
  /** The page's region as checked: a code, `auto`, or none. */
  #region?: string;
  #refocusSection?: string;
  /**
   * Set when the open sections were chosen before the first render (by a prerendered card, or
   * expandAll()/collapseAll() called early), so that the first update keeps them.
   */
  #openIdsChosenEarly = false;
  #stringOverrides: Partial<CardStrings> = {};
  /** The site's reach-out message as checked. */
  #siteMessage?: string;
  #level = 2;
  #openIds = new Set<EssaySectionId>(SECTION_IDS.slice(0, 1));

  /** The card's words in `language`, with the site's replacements. */
  #textIn(language: CardLanguage): CardStrings {
    return { ...stringTables[language], ...this.#stringOverrides };
  }

  get #shownRegion(): string | undefined {
    if (this.chosenRegion !== undefined) return this.chosenRegion || undefined;
    return this.#region === 'auto' ? guessedRegion() : this.#region;
  }

  get #detailsElements(): HTMLDetailsElement[] {
    // No render root before the card is first connected.
    return [...(this.renderRoot?.querySelectorAll('details') ?? [])];
  }

  get #allOpen(): boolean {
    return this.#openIds.size === SECTION_IDS.length;
  }

  /**
   * A card prerendered on a server (a declarative shadow root) is upgraded in place: the sections
   * the reader opened and the control they focused carry over, then the prerendered nodes give
   * way to the live ones within the same task, so nothing flashes, moves or appears twice.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const prerendered = this.shadowRoot;
    if (prerendered) {
      const sections = [...prerendered.querySelectorAll<HTMLDetailsElement>('details[data-section]')];
      if (sections.length) {
        this.#openIds = new Set(sections.filter((d) => d.open).map((d) => d.dataset.section as EssaySectionId));
        this.#openIdsChosenEarly = true;
      }
      const focused = prerendered.activeElement?.closest('details[data-section]');
      this.#refocusSection = (focused as HTMLElement | null)?.dataset.section;
      prerendered.replaceChildren();
    }
    return super.createRenderRoot();
  }

  /** Moved into another document (an iframe's, say): the styles come along. */
  adoptedCallback(): void {
    if (this.shadowRoot) adoptStylesInItsDocument(this.shadowRoot, (this.constructor as typeof LitElement).elementStyles);
  }

  protected override firstUpdated(): void {
    if (this.#refocusSection) {
      this.renderRoot.querySelector<HTMLElement>(`details[data-section="${this.#refocusSection}"] > summary`)?.focus();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const problems: string[] = [];
    if (changed.has('resources')) {
      const given = this.resources as unknown;
      const { resources, problems: found } = given === undefined ? { resources: [], problems: [] } : checkResources(given);
      problems.push(...found);
      this.#siteResources = resources;
      // An empty list quietly means the defaults; a list that was all problems says so.
      if (resources.length === 0 && found.length > 0) problems.push('no usable resources; showing the default list');
    }
    if (changed.has('strings')) {
      const checked = checkStrings(this.strings, en);
      this.#stringOverrides = checked.value;
      problems.push(...checked.problems);
    }
    // A site's own lines make their regions known too.
    if (changed.has('region') || changed.has('resources')) {
      if (changed.has('region')) this.chosenRegion = undefined;
      const siteRegions = new Set(this.#siteResources.flatMap((resource) => resource.regions ?? []));
      const { value, problem } = checkRegion(this.region, (code) => isKnownRegion(code) || siteRegions.has(code));
      this.#region = value;
      if (problem) problems.push(problem);
    }
    if (changed.has('reachOutMessage')) {
      const { value, problem } = checkReachOutMessage(this.reachOutMessage);
      this.#siteMessage = value;
      if (problem) problems.push(problem);
    }
    if (changed.has('headingLevel')) {
      const { value, problem } = checkHeadingLevel(this.headingLevel);
      this.#level = value;
      if (problem) problems.push(problem);
    }
    if (changed.has('openSections')) {
      const { value, problem } = checkOpenSections(this.openSections, SECTION_IDS);
      if (!(this.#openIdsChosenEarly && !this.hasUpdated)) this.#openIds = value as Set<EssaySectionId>;
      if (problem) problems.push(problem);
    }
    if (changed.has('scheme')) {
      const { value, problem } = checkScheme(this.scheme);
      if (problem) {
        problems.push(problem);
        this.scheme = value;
      }
    }
    this.#warn(problems);
  }

  /** Everything wrong with one update, said once. */
  #warn(problems: string[]): void {
    if (problems.length === 0) return;
    const tag = `<${this.localName}>`;
    if (problems.length === 1) {
      console.warn(`${tag}: ${problems[0]}`);
      return;
    }
    const shown = problems.slice(0, 10).map((problem) => `  ${problem}`);
    if (problems.length > 10) shown.push(`  …and ${problems.length - 10} more`);
    console.warn(`${tag}: ${problems.length} problems with its configuration:\n${shown.join('\n')}`);
  }

  #onToggle(event: Event): void {
    const details = event.currentTarget as HTMLDetailsElement;
    const id = details.dataset.section as EssaySectionId;
    // A toggle that only echoes what the card rendered is not news.
    if (details.open === this.#openIds.has(id)) return;
    if (details.open) this.#openIds.add(id);
    else this.#openIds.delete(id);
    this.requestUpdate();
    const heading = essaySections.find((section) => section.id === id)!.heading;
    this.dispatchEvent(new SectionToggleEvent({ sectionId: id, heading, open: details.open }));
  }

  /**
   * Marks a section the reader is about to open, before the browser opens it, so that only
   * openings they asked for animate: sections open from the start appear at rest.
   */
  #onSummaryClick(event: Event): void {
    (event.currentTarget as HTMLElement).parentElement!.dataset.animate = '';
  }

  #onToggleAll(): void {
    if (this.#allOpen) this.collapseAll();
    else this.expandAll();
  }

  #onRegionChange(event: Event): void {
    this.chosenRegion = (event.currentTarget as HTMLSelectElement).value;
  }

  async #onCopy(): Promise<void> {
    const text = this.#textIn(this.#locale.language);
    try {
      await navigator.clipboard.writeText(this.#reachOutMessage(text));
      this.copyStatus = text.reachOutCopied;
    } catch {
      this.copyStatus = text.reachOutCopyFailed;
    }
  }

  #reachOutMessage(text: CardStrings): string {
    return this.#siteMessage ?? text.reachOutMessage;
  }

  /** Opens every section of the essay. */
  expandAll(): void {
    this.#setAllOpen(true);
  }

  /** Closes every section of the essay. */
  collapseAll(): void {
    this.#setAllOpen(false);
  }

  #setAllOpen(open: boolean): void {
    const sections = this.#detailsElements;
    if (sections.length === 0) {
      // Not rendered yet: the first render shows the sections this way.
      this.#openIds = new Set(open ? SECTION_IDS : []);
      this.#openIdsChosenEarly = true;
      this.requestUpdate();
      return;
    }
    // The DOM leads: each section's toggle event brings the card's state along and announces it,
    // exactly as when the reader opens it.
    for (const section of sections) {
      section.dataset.animate = '';
      section.open = open;
    }
  }

  protected override render() {
    const { lang, language } = this.#locale;
    const text = this.#textIn(language);
    const level = this.#level;
    const region = this.#shownRegion;
    const usingDefaults = this.#siteResources.length === 0;
    const sheetLines = (lines: typeof helpLines) => lines.map((line) => sheetLineIn(line, language, text));
    const defaults = sheetLines(resourcesForRegion(helpLines, region, { defaults: true }));
    const site = resourcesForRegion(this.#siteResources, region, { defaults: false });
    // A reader anywhere always sees something usable: the worldwide directories at the least.
    const resources: ShownResource[] = usingDefaults
      ? defaults
      : this.keepDefaults
        ? [...site, ...defaults]
        : site.length
          ? site
          : sheetLines(WORLDWIDE_LINES);
    return html`
      <article class="card" part="card" aria-labelledby="title">
        <header class="header" part="header">
          <${headingTag(level)} id="title" class="title" part="title" lang="en">${essay.title}</${headingTag(level)}>
          <p class="byline" part="byline">
            ${fill(text.byline, { author: essay.author, publisher: essay.publisher, date: formatDate(essay.published, lang) })}
            <a href=${essay.sourceUrl} rel="noopener noreferrer" referrerpolicy="no-referrer">${fill(text.sourceLink, { publisher: essay.publisher })}</a>
          </p>
        </header>
        <section class="help" part="help" aria-labelledby="help-heading">
          <${headingTag(level + 1)} id="help-heading" class="help-heading">${text.helpHeading}</${headingTag(level + 1)}>
          <p class="help-intro">${text.helpIntro}</p>
          ${this.#renderEmergency(text, region)}
          ${this.#renderRegionControl(text, region, lang)}
          <ul class="resources" part="resources" role="list">
            ${resources.map((resource) => this.#renderResource(text, resource, level + 2, lang, region))}
          </ul>
          ${usingDefaults || this.keepDefaults
            ? html`<p class="checked">${fill(text.checked, { date: formatDate(helpLinesChecked, lang) })}</p>`
            : nothing}
          ${this.#renderReachOut(text, level + 2)}
        </section>
        <div class="essay" part="essay" lang="en">
          <div class="essay-bar">
            <button type="button" class="toggle-all needs-script" part="toggle-all" @click=${this.#onToggleAll} lang=${language}>
              ${this.#allOpen ? text.collapseAll : text.expandAll}
            </button>
          </div>
          ${essaySections.map((section) => this.#renderSection(section, level + 1))}
          <p class="headings-note" lang=${language}>${text.headingsNote}</p>
        </div>
      </article>
    `;
  }

  #renderEmergency(text: CardStrings, region: string | undefined) {
    const number = emergencyNumberFor(region, emergencyNumbers);
    if (!number) return html`<p class="emergency" part="emergency">${text.emergencyUnknown}</p>`;
    const [before, after = ''] = text.emergency.split('{number}');
    return html`<p class="emergency" part="emergency">
      ${before}<a class="emergency-call" part="emergency-call" href=${telHref(number)!}>${number}</a>${after}
    </p>`;
  }

  #renderRegionControl(text: CardStrings, region: string | undefined, lang: string) {
    const codes = region && !sheetRegions.includes(region) ? [...sheetRegions, region] : sheetRegions;
    const options = regionsByName(codes, lang);
    return html`<p class="region needs-script" part="region">
      <label for="region">${text.region}</label>
      <select id="region" @change=${this.#onRegionChange}>
        <option value="" ?selected=${!region}>${text.regionAnywhere}</option>
        ${options.map(({ code, name }) => html`<option value=${code} ?selected=${code === region}>${name}</option>`)}
      </select>
    </p>`;
  }

  #renderSection(section: (typeof essaySections)[number], level: number) {
    // The heading sits just before its <details>, not inside <summary>: engines that expose a
    // summary as a button flatten its children into the button's name, and the heading would be
    // lost to heading navigation. This way both the heading and the disclosure reach assistive
    // technology in every engine; the summary shows the same words to the eye.
    return html`
      <${headingTag(level)} class="section-heading visually-hidden" id="heading-${section.id}">${section.heading}</${headingTag(level)}>
      <details
        class="section"
        part="section"
        data-section=${section.id}
        ?open=${this.#openIds.has(section.id)}
        @toggle=${this.#onToggle}
      >
        <summary part="summary" @click=${this.#onSummaryClick}><span class="summary-text">${section.heading}</span></summary>
        <div class="section-content" part="section-content">
          ${essay.paragraphs.slice(section.from, section.to).map((paragraph) => html`<p>${paragraph}</p>`)}
        </div>
      </details>
    `;
  }

  #renderResource(text: CardStrings, resource: ShownResource, level: number, lang: string, region: string | undefined) {
    // [kind, href, label, what print shows after the label when the label does not say it]
    const actions: [kind: string, href: string | undefined, label: string, printed?: string][] = [];
    if (resource.phone) actions.push(['call', telHref(resource.phone), fill(text.call, { phone: resource.phone })]);
    if (resource.sms) {
      const label = resource.smsBody
        ? fill(text.textKeyword, { keyword: resource.smsBody, sms: resource.sms })
        : fill(text.text, { sms: resource.sms });
      actions.push(['text', smsHref(resource.sms, resource.smsBody), label]);
    }
    if (resource.chatUrl) actions.push(['chat', httpHref(resource.chatUrl), text.chat, httpHref(resource.chatUrl)]);
    if (resource.url) actions.push(['website', httpHref(resource.url), text.website, httpHref(resource.url)]);
    if (resource.email) actions.push(['email', mailtoHref(resource.email), text.email, resource.email]);
    const external = (kind: string) => kind === 'chat' || kind === 'website';
    // A national line shown without a chosen region says where it serves.
    const serves = !region && resource.regions?.length ? displayNames(resource.regions, lang, 'region').join(', ') : '';
    return html`
      <li class="resource" part="resource">
        <${headingTag(level)} class="resource-name" part="resource-name" lang=${resource.nameLang ?? nothing}>${resource.name}</${headingTag(level)}>
        ${resource.description
          ? html`<p class="description" lang=${resource.lang ?? nothing}>${resource.description}</p>`
          : nothing}
        ${resource.hours || resource.languages?.length || serves
          ? html`<p class="meta">
              ${serves ? html`<span>${fill(text.serves, { regions: serves })}</span>` : nothing}
              ${resource.hours ? html`<span>${fill(text.hours, { hours: resource.hours })}</span>` : nothing}
              ${resource.languages?.length
                ? html`<span>${fill(text.languages, { languages: displayNames(resource.languages, lang, 'language').join(', ') })}</span>`
                : nothing}
            </p>`
          : nothing}
        <ul class="actions" role="list">
          ${actions
            .filter(([, href]) => href)
            .map(
              ([kind, href, label, printed]) => html`<li>
                <a
                  class="action"
                  part="action action-${kind}"
                  href=${href!}
                  data-print=${printed ?? nothing}
                  rel=${external(kind) ? 'noopener noreferrer' : nothing}
                  referrerpolicy=${external(kind) ? 'no-referrer' : nothing}
                  >${label}</a
                >
              </li>`,
            )}
        </ul>
      </li>
    `;
  }

  #renderReachOut(text: CardStrings, level: number) {
    const message = this.#reachOutMessage(text);
    return html`<div class="reach-out" part="reach-out">
      <${headingTag(level)} class="reach-out-heading">${text.reachOutHeading}</${headingTag(level)}>
      <p>${text.reachOutIntro}</p>
      <blockquote class="reach-out-message" part="reach-out-message">${message}</blockquote>
      <ul class="actions" role="list">
        <li><a class="action" part="action action-reach-out" href=${smsHref('', message)!}>${text.reachOutText}</a></li>
        <li><button type="button" class="action needs-script" part="copy" @click=${this.#onCopy}>${text.reachOutCopy}</button></li>
      </ul>
      <p class="copy-status" role="status">${this.copyStatus}</p>
    </div>`;
  }
}
