import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { cardLanguage, type CardLanguage } from '../content/strings.js';
import type { LocaleData } from '../locales/locale-data.js';
import { canonicalTag, loadLocale, localeData } from '../model/locales.js';
import { cardLanguages } from '../model/card-view.js';
import type { CardConfiguration } from '../model/configuration.js';
import type { CardStrings } from '../content/strings.js';

type Host = ReactiveControllerHost & HTMLElement;

/** How long a card with nothing to show yet waits for its language before it shows itself in English. */
export const LANGUAGE_WAIT_MS = 3000;

/** The cards on the page, each with the language it last rendered in. */
const watched = new Map<Host, string>();

/**
 * One observer for every card: a `lang` change anywhere in the document (the card's own, an
 * ancestor's, the page's) updates each card whose language it changed.
 */
let observer: MutationObserver | undefined;

function onLangChange(): void {
  for (const [host, lang] of watched) {
    if (languageOf(host) !== lang) host.requestUpdate();
  }
}

/**
 * The language that applies to an element: its own `lang` or its nearest ancestor's (the page's
 * when the element sits in another shadow root), as a valid tag; anything else reads as English.
 */
export function languageOf(element: Element): string {
  // A server renders the card alone: only its own lang applies there.
  const lang = isServer
    ? element.getAttribute('lang')
    : element.closest('[lang]')?.getAttribute('lang') || element.ownerDocument.documentElement.lang;
  return canonicalTag(lang || 'en');
}

/**
 * The card's language, as Shoelace's LocalizeController keeps it: read from the card or its
 * ancestors, and followed when it changes, so that the card's words change with it.
 */
export class LocaleController implements ReactiveController {
  readonly #host: Host;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  /** The page language that applies to the card, as a canonical tag (`es-MX`). */
  get lang(): string {
    return languageOf(this.#host);
  }

  /** A language that did not arrive in time: the card stays in English until its `lang` changes. */
  #gaveUpOn?: CardLanguage;

  /**
   * The language of the card's words: the page's where the card ships it and it has loaded in
   * time, else English.
   */
  get language(): CardLanguage {
    const language = cardLanguage(this.lang);
    return localeData(language) && language !== this.#gaveUpOn ? language : 'en';
  }

  /** The card's words and data in its language. */
  get data(): LocaleData {
    return localeData(this.language)!;
  }

  /** The card's words in its language, with the site's replacements. */
  text(configuration: CardConfiguration): CardStrings {
    return { ...this.data.strings, ...configuration.strings };
  }

  /** The language the card writes names and dates in. */
  namesLang(configuration: CardConfiguration): string {
    return cardLanguages({ configuration, lang: this.lang, language: this.language }).namesLang;
  }

  /**
   * Where the card's language is still loading, the promise of it: the card waits for it before
   * it renders, so a reader never sees its words change language. Nothing when all is here.
   * With `giveUpAfter` (milliseconds), the wait ends then at the latest: a language that has not
   * arrived by then (a stalled or failed request) is given up, and the card shows itself in
   * English, and stays so when the language arrives later, rather than change in front of the
   * reader.
   */
  ready(giveUpAfter?: number): Promise<void> | undefined {
    const language = cardLanguage(this.lang);
    if (localeData(language) || language === this.#gaveUpOn) return undefined;
    const loading = loadLocale(language);
    if (giveUpAfter === undefined) return loading;
    const timeUp = new Promise<void>((resolve) => setTimeout(resolve, giveUpAfter));
    return Promise.race([loading, timeUp]).then(() => {
      if (!localeData(language)) this.#gaveUpOn = language;
    });
  }

  hostConnected(): void {
    if (isServer) return;
    observer ??= new MutationObserver(onLangChange);
    observer.observe(this.#host.ownerDocument.documentElement, { subtree: true, attributeFilter: ['lang'] });
    // A card in another shadow root is outside the document's subtree: its own lang is watched.
    observer.observe(this.#host, { attributeFilter: ['lang'] });
    watched.set(this.#host, this.lang);
    // A card in a language of its own starts loading it as it arrives, not at its first update.
    void this.ready();
  }

  hostUpdate(): void {
    if (watched.has(this.#host)) watched.set(this.#host, this.lang);
    if (this.#gaveUpOn && cardLanguage(this.lang) !== this.#gaveUpOn) this.#gaveUpOn = undefined;
  }

  hostDisconnected(): void {
    watched.delete(this.#host);
    if (watched.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }
}
