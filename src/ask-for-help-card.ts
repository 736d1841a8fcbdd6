import { LitElement, type PropertyValues } from 'lit';
import type { EssaySectionId } from './content/sections.js';
import type { CardStrings } from './content/strings.js';
import { LANGUAGE_WAIT_MS, LocaleController } from './controllers/locale-controller.js';
import { RegionController } from './controllers/region-controller.js';
import { SchemeController } from './controllers/scheme-controller.js';
import { SectionsController } from './controllers/sections-controller.js';
import { StatusController } from './controllers/status-controller.js';
import { adoptStylesInItsDocument } from './adopt-styles.js';
import {
  CARD_SETTINGS,
  checkConfiguration,
  DEFAULT_CONFIGURATION,
  givesOwnContent,
  loadSiteChecks,
  warningFor,
} from './model/configuration.js';
import { cardView, regionAnnouncement, type CardHandlers } from './model/card-view.js';
import type { ColorScheme } from './model/options.js';
import type { HelpResource } from './model/resources.js';
import { MalformedJson, reasonOf } from './model/untrusted.js';
import { cardTemplate } from './templates/card.js';
import tokens from './ask-for-help-card.tokens.js';
import styles from './ask-for-help-card.styles.js';

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
 * @cssprop [--ask-for-help-card-accent-color=light-dark(#0d6e5c, #6fd6c1)] - Section markers and the reach-out message's edge.
 * @cssprop [--ask-for-help-card-link-color=light-dark(#0b57d0, #9ec1ff)] - Links and actions.
 * @cssprop [--ask-for-help-card-call-color=light-dark(#0d6e5c, #6fd6c1)] - The filled button that calls the emergency number.
 * @cssprop [--ask-for-help-card-call-text-color=light-dark(#ffffff, #0a1f1a)] - The words on that button.
 * @cssprop [--ask-for-help-card-border-color=light-dark(#d1d9e0, #3d444d)] - Borders and dividers.
 * @cssprop [--ask-for-help-card-focus-ring-color=light-dark(#0b57d0, #9ec1ff)] - The outline of the focused control.
 * @cssprop [--ask-for-help-card-font-family=inherit] - Font of the whole card; by default the page's.
 * @cssprop [--ask-for-help-card-font-size=1em] - Base font size, by default the text around the card's; everything else scales from it.
 * @cssprop [--ask-for-help-card-spacing=1em] - The unit of space between parts.
 * @cssprop [--ask-for-help-card-radius=0.75em] - Corner radius of the card; inner corners follow it.
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
 * @csspart summary - The control that opens and closes a section: a button in the section's heading (in prerendered markup, until the script runs, the section's `<summary>`).
 * @csspart section-content - A section's paragraphs.
 */
export class AskForHelpCard extends LitElement {
  static override styles = [tokens, styles];

  static override properties = {
    resources: { converter: jsonAttribute },
    keepDefaults: { type: Boolean, attribute: 'keep-defaults' },
    region: {},
    headingLevel: { attribute: 'heading-level' },
    openSections: { attribute: 'open-sections' },
    scheme: { reflect: true },
    reachOutMessage: { attribute: 'reach-out-message' },
    strings: { converter: jsonAttribute },
  };

  /**
   * Places to get help, replacing the defaults: an array of `HelpResource` (property) or the
   * same as JSON (attribute). Bad entries and fields are dropped with one warning.
   */
  resources?: HelpResource[];

  /** Show the site's `resources` before the default list instead of replacing it. */
  keepDefaults = false;

  /**
   * The reader's region (ISO 3166-1 alpha-2; `UK` reads as `GB`): its lines come first and its
   * emergency number is offered. `auto` guesses from the device's time zone alone, with no
   * request; a zone of no known country (UTC, say) gives no region. Empty: no region, worldwide
   * directories only.
   */
  region = '';

  /** Level of the card's top heading, 1 to 5; the sections' headings are one level below. */
  headingLevel: number | string = 2;

  /** Which sections start open: `first`, `all`, `none`, or section ids separated by spaces. */
  openSections = 'first';

  /**
   * `auto` follows the page: dark on a dark page and light on a light one, whether or not the
   * page declares `color-scheme`, and again when it switches; `light` or `dark` forces one.
   */
  scheme: ColorScheme = 'auto';

  /** The message a reader can send to someone they trust; by default the string table's. */
  reachOutMessage?: string;

  /** Replacements for any of the words the card adds around the essay (attribute: as JSON). */
  strings: Partial<CardStrings> = {};

  readonly #locale = new LocaleController(this);
  readonly #region = new RegionController(this);
  readonly #sections = new SectionsController(this);
  readonly #scheme = new SchemeController(this);
  readonly #status = new StatusController(this);
  #configuration = DEFAULT_CONFIGURATION;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // A declarative shadow root (markup prerendered by an earlier version) gives way to the live one.
    this.shadowRoot?.replaceChildren();
    const root = super.createRenderRoot();
    this.#sections.adoptPrerendered(root);
    return root;
  }

  /**
   * A card waits for its language before it renders, so that its words never change language in
   * front of the reader: a prerendered card shows its words until they come; any other waits a few
   * seconds at most, then shows itself in English. It waits, likewise, for the checks of a site's
   * own lines and words.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const showsPrerendered = !this.hasUpdated && this.#sections.prerendered;
    // A site's own lines and words are checked by a module of their own, loaded once per page.
    const checks = givesOwnContent(this) ? loadSiteChecks() : undefined;
    const pending = this.#locale.ready(showsPrerendered ? undefined : LANGUAGE_WAIT_MS);
    return pending || checks
      ? Promise.all([pending, checks]).then(() => super.scheduleUpdate())
      : super.scheduleUpdate();
  }

  /** Moved into another document (an iframe's, say): the styles come along. */
  adoptedCallback(): void {
    if (this.shadowRoot)
      adoptStylesInItsDocument(this.shadowRoot, (this.constructor as typeof LitElement).elementStyles);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const changedSettings = new Set(CARD_SETTINGS.filter((name) => changed.has(name)));
    if (changedSettings.size === 0) return;
    const { configuration, problems } = checkConfiguration(this, changedSettings, this.#configuration);
    this.#configuration = configuration;
    // A new region from the page replaces the reader's choice; new resources only re-check it.
    if (changed.has('region') || changed.has('resources')) {
      this.#region.request(configuration.region, { keepChoice: !changed.has('region') });
    }
    if (changed.has('openSections')) this.#sections.request(configuration.openSections);
    // The attribute reflects the scheme in use, which the styles select on.
    if (configuration.scheme !== this.scheme) this.scheme = configuration.scheme;
    const warning = warningFor(this.localName, problems);
    if (warning) console.warn(warning);
  }

  readonly #handlers: CardHandlers = {
    onRegionChange: (event) => {
      this.#region.choose((event.currentTarget as HTMLSelectElement).value);
      // Above the control, the emergency number may just have changed: say so, and what is shown.
      this.#status.announce(
        regionAnnouncement(this.#region.shown, this.#text(), this.#locale.namesLang(this.#configuration)),
      );
    },
    onReachRegion: () => this.#region.reach() && this.performUpdate(),
    onCopy: () =>
      void this.#status.copy(this.#configuration.reachOutMessage ?? this.#text().reachOutMessage, this.#text()),
    onToggleAll: () => this.#sections.setAllOpen(!this.#sections.allOpen),
    onToggle: this.#sections.onToggle,
    onSectionButton: this.#sections.onSectionButton,
  };

  /** The card's words in its language, with the site's replacements. */
  #text = (): CardStrings => this.#locale.text(this.#configuration);

  /** Opens every section of the essay. */
  expandAll(): void {
    this.#sections.setAllOpen(true);
  }

  /** Closes every section of the essay. */
  collapseAll(): void {
    this.#sections.setAllOpen(false);
  }

  protected override render() {
    const { lang, language } = this.#locale;
    const state = {
      configuration: this.#configuration,
      keepDefaults: this.keepDefaults,
      lang,
      language,
      text: this.#text(),
      region: this.#region.shown,
      isOpen: (id: EssaySectionId) => this.#sections.isOpen(id),
      pageScheme: this.#scheme.scheme,
      allOpen: this.#sections.allOpen,
      copyStatus: this.#status.copied,
      status: this.#status.message,
      pickerReached: this.#region.reached,
    };
    return cardTemplate(cardView(state, this.#handlers));
  }
}
