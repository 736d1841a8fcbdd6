/**
 * How the card groups the essay into collapsible sections. The source has no headings: these are
 * the card's own, so they never sit beside the author's name as if they were hers.
 * `from` and `to` are paragraph indexes, `to` exclusive; together the sections cover every
 * paragraph once, in order (a test holds them to that).
 */
export const essaySections = [
  { id: 'standing-alone', heading: 'Taught to stand alone', from: 0, to: 3 },
  { id: 'heavy-days', heading: 'When it gets heavy', from: 3, to: 5 },
  { id: 'strength', heading: 'Where strength comes from', from: 5, to: 10 },
  { id: 'not-weakness', heading: 'Help is not weakness', from: 10, to: 13 },
  { id: 'lean-on-one-another', heading: 'Made to lean on one another', from: 13, to: 17 },
  { id: 'a-promise', heading: 'A promise', from: 17, to: 20 },
] as const;

/** The id of one of the essay's sections, as named in events and the `open-sections` attribute. */
export type EssaySectionId = (typeof essaySections)[number]['id'];
