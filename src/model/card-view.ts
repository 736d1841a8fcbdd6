import { essay } from '../content/essay.js';
import { emergencyNumbers, helpLinesChecked, sheetRegions } from '../content/help-lines.js';
import { essaySections, type EssaySectionId } from '../content/sections.js';
import type { CardLanguage, CardStrings } from '../content/strings.js';
import type { CardConfiguration } from './configuration.js';
import { smsHref, telHref } from './links.js';
import { displayNames, formatDate, regionsByName } from './names.js';
import { fill } from './options.js';
import { emergencyNumberFor } from './regions.js';
import { resourceView } from './resource-view.js';
import type { CardView } from './view.js';
import { placesToShow } from './sheet-lines.js';

/** The card's state at one render: what the page set, what the reader did, and their language. */
export interface CardState {
  configuration: CardConfiguration;
  keepDefaults: boolean;
  /** The page language that applies (`es-MX`), and the language of the card's words (`es`). */
  lang: string;
  language: CardLanguage;
  /** The card's words, with the site's replacements. */
  text: CardStrings;
  region?: string;
  isOpen: (id: EssaySectionId) => boolean;
  /** The page's scheme behind the card, which the card follows with `scheme="auto"`. */
  pageScheme?: 'light' | 'dark';
  allOpen: boolean;
  /** What the copy button last reported, shown beside it. */
  copyStatus: string;
  /** What the status region says to assistive technology. */
  status: string;
  /** Whether the reader has reached the region control (see RegionControl.reached). */
  pickerReached: boolean;
}

/** What the card's controls call when the reader uses them. */
export interface CardHandlers {
  onRegionChange: (event: Event) => void;
  onReachRegion: () => void;
  onCopy: () => void;
  onToggleAll: () => void;
  onToggle: (event: Event) => void;
  onSectionButton: (event: Event) => void;
}

/**
 * The languages at work in a card: the language its words are in, as a tag for `lang` where it is
 * not the page's own, and the one dates and names are written in. A card whose words are its own
 * (no site `strings`) writes them in its table's language, left to right, whatever the page: an
 * English card on a German page is English to a screen reader, with English dates, and an
 * English card on a Hebrew page reads left to right. A site's words are taken to be the page's.
 */
export function cardLanguages(state: Pick<CardState, 'configuration' | 'lang' | 'language'>): {
  wordsLang?: string;
  dir?: 'ltr';
  namesLang: string;
} {
  const ownWords = Object.keys(state.configuration.strings).length === 0;
  const speaksPage = state.lang.split('-')[0].toLowerCase() === state.language;
  return {
    wordsLang: ownWords && !speaksPage ? state.language : undefined,
    dir: ownWords ? 'ltr' : undefined,
    namesLang: ownWords && !speaksPage ? state.language : state.lang,
  };
}

/**
 * What the status region says when the reader chooses a region: which help is shown, and the
 * number to call in immediate danger.
 */
export function regionAnnouncement(region: string | undefined, text: CardStrings, lang: string): string {
  const name = region ? displayNames([region], lang, 'region')[0] : text.regionAnywhere;
  const number = emergencyNumberFor(region, emergencyNumbers);
  const emergency = number ? fill(text.regionEmergency, { number }) : text.emergencyUnknown;
  return `${fill(text.regionShown, { region: name })} ${emergency}`;
}

/** Everything the card shows for a state, as plain data for `cardTemplate`. */
export function cardView(state: CardState, handlers: CardHandlers): CardView {
  const { configuration, text, region } = state;
  const { wordsLang, dir, namesLang: lang } = cardLanguages(state);
  const { headingLevel: level, siteResources } = configuration;
  const number = emergencyNumberFor(region, emergencyNumbers);
  const message = configuration.reachOutMessage ?? text.reachOutMessage;
  const places = placesToShow({ siteResources, keepDefaults: state.keepDefaults, region }, state.language, text);
  const showsDefaults = siteResources.length === 0 || state.keepDefaults;
  const regionOptions = regionsByName(
    // A region the card knows only from the site's own lines is offered too.
    region && !sheetRegions.includes(region) ? [...sheetRegions, region] : sheetRegions,
    lang,
  );
  return {
    level,
    lang: wordsLang,
    dir,
    status: state.status,
    scheme: configuration.scheme === 'auto' ? state.pageScheme : undefined,
    helpHeading: text.helpHeading,
    regionName: regionOptions.find((option) => option.code === region)?.name,
    helpIntro: text.helpIntro,
    emergency: {
      lead: number ? fill(text.emergency, { number }) : text.emergencyUnknown,
      call: number
        ? { label: fill(text.emergencyCall, { number }), service: text.emergencyServices, href: telHref(number)! }
        : undefined,
      unknown: text.emergencyUnknown,
    },
    regionControl: {
      label: text.region,
      anywhere: text.regionAnywhere,
      options: regionOptions,
      selected: region,
      reached: state.pickerReached,
      onChange: handlers.onRegionChange,
      onReach: handlers.onReachRegion,
    },
    resources: places.map((place) => resourceView(place, text, lang, region)),
    checked: showsDefaults ? fill(text.checked, { date: formatDate(helpLinesChecked, lang) }) : undefined,
    reachOut: {
      heading: text.reachOutHeading,
      intro: text.reachOutIntro,
      message,
      textLabel: text.reachOutText,
      textHref: smsHref('', message)!,
      copyLabel: text.reachOutCopy,
      status: state.copyStatus,
      onCopy: handlers.onCopy,
    },
    essay: {
      sections: essaySections.map((section) => ({
        id: section.id,
        heading: section.heading,
        paragraphs: essay.paragraphs.slice(section.from, section.to),
        open: state.isOpen(section.id),
      })),
      level,
      lang: wordsLang ?? lang,
      byline: fill(text.byline, {
        author: essay.author,
        publisher: essay.publisher,
        date: formatDate(essay.published, lang),
      }),
      sourceLinkLabel: fill(text.sourceLink, { publisher: essay.publisher }),
      toggleAllLabel: state.allOpen ? text.collapseAll : text.expandAll,
      headingsNote: text.headingsNote,
      onToggleAll: handlers.onToggleAll,
      onToggle: handlers.onToggle,
      onSectionButton: handlers.onSectionButton,
    },
  };
}
