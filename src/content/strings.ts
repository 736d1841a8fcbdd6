/**
 * Every word the card adds around the essay. `{name}` marks a value filled in when rendered.
 * A site overrides any of them per card through the `strings` property; the table used is chosen
 * by the `lang` of the card or its nearest ancestor. English is here; Spanish and French are in
 * strings-es.ts and strings-fr.ts, loaded when a card speaks them.
 */
export interface CardStrings {
  /** Byline under the essay's title. */
  byline: string;
  /** Link to the essay where it was first published. */
  sourceLink: string;
  /** Heading of the list of places to get help. */
  helpHeading: string;
  /** One calm sentence above the list. */
  helpIntro: string;
  /** The words before the button that calls the region's emergency number; `{number}` may name it. */
  emergency: string;
  /** The button that calls the region's emergency number. */
  emergencyCall: string;
  /** Said after it to assistive technology, so that it is never taken for a help line's number. */
  emergencyServices: string;
  /** The same step when the region's emergency number is not known. */
  emergencyUnknown: string;
  /** Label of the region control. */
  region: string;
  /** The region control's choice for no particular region. */
  regionAnywhere: string;
  /** Said when the reader chooses another region: `{region}` is its name. */
  regionShown: string;
  /** Said after it, where the region's emergency number is known. */
  regionEmergency: string;
  /** Shown on a national line when no region is chosen: where it serves. */
  serves: string;
  /** Shown after the default list: when its facts were checked. */
  checked: string;
  /** Label of a resource's opening hours. */
  hours: string;
  /** The default list's hours "24/7", as this language says it. */
  hoursAlways: string;
  /** The default list's hours "… daily": `{times}` is the span, for example 09:00–24:00. */
  hoursDaily: string;
  /** The default list's "24 hours" on some days: what `{times}` is then. */
  hoursAllDay: string;
  /** Hours on a run of days ("Mon–Fri"): `{times}`, and the first and last day, `{from}` and `{to}`. */
  hoursDays: string;
  /** Hours on one day of each week ("Sat"): `{times}`, and the day, `{day}`. */
  hoursDay: string;
  /** Between two spans of hours ("09:00–16:00 Sat" after "14:00–22:00 Mon–Fri"). */
  hoursSeparator: string;
  /** Hours that leave out public holidays: `{hours}` is the rest. */
  hoursExceptHolidays: string;
  /** The days of the week, Monday first, separated by spaces, as `{from}`, `{to}` and `{day}` name them. */
  weekdays: string;
  /** Label of the languages a resource answers in. */
  languages: string;
  /** The call action. */
  call: string;
  /** The text action, without a keyword. */
  text: string;
  /** The text action, with the keyword to send. */
  textKeyword: string;
  /** The chat action. */
  chat: string;
  /** The website action. */
  website: string;
  /** The email action. */
  email: string;
  /** Heading of the offer to write to someone the reader trusts. */
  reachOutHeading: string;
  /** One sentence under it. */
  reachOutIntro: string;
  /** The message itself, unless the `reachOutMessage` property gives another. */
  reachOutMessage: string;
  /** The link that opens the reader's messages app with the message filled in. */
  reachOutText: string;
  /** The button that copies the message. */
  reachOutCopy: string;
  /** Said when the message was copied. */
  reachOutCopied: string;
  /** Said when the browser would not copy. */
  reachOutCopyFailed: string;
  /** The control that opens every section. */
  expandAll: string;
  /** The control that closes every section. */
  collapseAll: string;
  /** Said at the end of the essay: the section headings are the card's, not the author's. */
  headingsNote: string;
}

export const en: CardStrings = {
  byline: 'By {author}. First published by {publisher}, {date}.',
  sourceLink: 'Read it on {publisher}',
  helpHeading: 'Talk to someone now',
  helpIntro: 'If you are struggling, you do not have to face it alone. You can reach someone here.',
  emergency: 'If you are in immediate danger:',
  emergencyCall: 'Call {number}',
  emergencyServices: 'emergency services',
  emergencyUnknown: 'If you are in immediate danger, call your local emergency number.',
  region: 'Showing help for',
  regionAnywhere: 'Anywhere',
  regionShown: 'Showing help for {region}.',
  regionEmergency: 'In immediate danger, call {number}.',
  serves: 'Serves: {regions}',
  checked: 'Details checked {date}.',
  hours: 'Hours: {hours}',
  hoursAlways: '24/7',
  hoursDaily: '{times} daily',
  hoursAllDay: '24 hours',
  hoursDays: '{times}, {from} to {to}',
  hoursDay: '{times} on {day}s',
  hoursSeparator: '; ',
  hoursExceptHolidays: '{hours}, except public holidays',
  weekdays: 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday',
  languages: 'Languages: {languages}',
  call: 'Call {phone}',
  text: 'Text {sms}',
  textKeyword: 'Text {keyword} to {sms}',
  chat: 'Chat online',
  website: 'Visit website',
  email: 'Email',
  reachOutHeading: 'Reach out to someone you trust',
  reachOutIntro: 'Send this to a friend or someone close. You choose who it goes to.',
  reachOutMessage: 'I am having a hard time right now. Could we talk?',
  reachOutText: 'Send as a text',
  reachOutCopy: 'Copy message',
  reachOutCopied: 'Copied. Paste it into a message to someone you trust.',
  reachOutCopyFailed: 'Could not copy. Select the message above to copy it.',
  expandAll: 'Expand all',
  collapseAll: 'Collapse all',
  headingsNote: 'The section headings were added for this card; they are not part of the original essay.',
};

/** The languages the card ships its words in: English in the main file, the others as modules of their own. */
export const CARD_LANGUAGES = ['en', 'es', 'fr'] as const;

/** A language the card ships its words in. */
export type CardLanguage = (typeof CARD_LANGUAGES)[number];

/** The language of the words the card uses for a page language: its own, else English. */
export function cardLanguage(lang: string): CardLanguage {
  const primary = lang.split('-')[0].toLowerCase();
  return (CARD_LANGUAGES as readonly string[]).includes(primary) ? (primary as CardLanguage) : 'en';
}
