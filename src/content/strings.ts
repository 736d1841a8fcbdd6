/**
 * Every word the card adds around the essay. `{name}` marks a value filled in when rendered.
 * A site overrides any of them per card through the `strings` property.
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
  /** The step for immediate danger when the region's emergency number is not known. */
  emergency: string;
  /** Shown after the default list: when its facts were checked. */
  checked: string;
  /** Label of a resource's opening hours. */
  hours: string;
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
  emergency: 'If you are in immediate danger, call your local emergency number.',
  checked: 'Details checked {date}.',
  hours: 'Hours: {hours}',
  languages: 'Languages: {languages}',
  call: 'Call {phone}',
  text: 'Text {sms}',
  textKeyword: 'Text {keyword} to {sms}',
  chat: 'Chat online',
  website: 'Visit website',
  email: 'Email',
  expandAll: 'Expand all',
  collapseAll: 'Collapse all',
  headingsNote: 'The section headings were added for this card; they are not part of the original essay.',
};
