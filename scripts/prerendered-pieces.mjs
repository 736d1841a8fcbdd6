// The prerendered card in pieces, for a site generator that runs no Node (Hugo's shortcode, the
// WordPress plugin's PHP) to join into exactly what renderCard writes. Every region the card knows
// (and none, and auto) is prerendered in each language; what every card in a language shares (its
// styles, the essay) is written once, and of what differs by region only the middle is written per
// region, between a start and an end that every region shares: 145 regions in three languages stay
// small. In a folder:
//   style.html                       the stylesheet every card shares
//   <lang>/essay.html                the essay (its first section open), after the help
//   <lang>/help-start.html, -end     what every region's help begins and ends with
//   <lang>/<region>-help.html        the middle of a region's help (none: no region; auto)
//   <lang>/<region>-tag.html         the opening tag, and the line after it
//   <lang>/plainEssay.html, plainHelp-start.html, plainHelp-end.html, <region>-plainHelp.html
//                                    the same for the plain copy a feed's item gets
import { mkdirSync, writeFileSync } from 'node:fs';
import { renderCard, renderPlainCopy } from '../dist/ssr/render-card.js';
import { sheetRegions } from '../dist/content/help-lines.js';

export const LANGUAGES = ['en', 'es', 'fr'];
/** `none`: no region (worldwide help); `auto`: worldwide help, the reader's region guessed later. */
export const REGIONS = [...sheetRegions, 'none', 'auto'];

/** The options renderCard gets for a language and a region (none: no region). */
export const cardOptions = (lang, region, more = {}) => ({
  ...(region === 'none' ? {} : { region }),
  ...more,
  ...(lang === 'en' ? {} : { lang }),
});

/** The card for a language and a region, cut where its shared pieces begin and end. */
export function pieces(lang, region, more = {}) {
  const card = renderCard(cardOptions(lang, region, more));
  const at = (marker, from = 0) => {
    const index = card.indexOf(marker, from);
    if (index < 0) throw new Error(`pieces: the card for ${lang}/${region} has no ${marker}`);
    return index;
  };
  const afterTag = at('>\n') + 2;
  const styleEnd = at('</style>') + '</style>'.length;
  const essay = at('<div class="essay ');
  const end = card.lastIndexOf('\n</ask-for-help-card>');
  // A feed's item gets the plain copy alone: its help differs by region, its essay does not.
  const plain = renderPlainCopy(cardOptions(lang, region, more));
  const plainEssay = plain.indexOf('<p lang="en"><em>');
  return {
    tag: card.slice(0, afterTag),
    style: card.slice(afterTag, styleEnd),
    help: card.slice(styleEnd, essay),
    essay: card.slice(essay, end),
    plainHelp: plain.slice(0, plainEssay),
    plainEssay: plain.slice(plainEssay),
  };
}

/** Pieces every card in a language shares whole (the stylesheet, every card in every language). */
const SHARED = ['essay', 'plainEssay'];
/** Pieces that differ by region: each is written as a start and an end that every region shares, and its middle. */
const BY_REGION = ['help', 'plainHelp'];

/** How many characters all the texts begin with alike, and end with alike (the two never overlap). */
function alike(texts) {
  const shortest = Math.min(...texts.map((text) => text.length));
  let start = 0;
  while (start < shortest && texts.every((text) => text[start] === texts[0][start])) start++;
  let end = 0;
  while (end < shortest - start && texts.every((text) => text.at(-1 - end) === texts[0].at(-1 - end))) end++;
  return { start, end };
}

/**
 * Writes every piece into a folder (a URL ending in /), after `check` has seen each (it throws on a
 * piece its reader could not take as it is); `tags: false` for a reader that writes its own tag.
 */
export function writePieces(folder, { check = () => {}, tags = true } = {}) {
  const write = (path, text) => {
    const file = new URL(path, folder);
    mkdirSync(new URL('./', file), { recursive: true });
    writeFileSync(file, text);
  };
  for (const lang of LANGUAGES) {
    const cards = new Map(
      REGIONS.map((region) => {
        const piece = pieces(lang, region);
        for (const [name, text] of Object.entries(piece)) check(text, `${lang}/${region} ${name}`);
        return [region, piece];
      }),
    );
    const shared = cards.get('none');
    for (const [region, piece] of cards) {
      for (const part of SHARED)
        if (piece[part] !== shared[part]) throw new Error(`pieces: ${lang}/${region} has a ${part} of its own`);
      if (tags) write(`${lang}/${region}-tag.html`, piece.tag);
    }
    for (const part of SHARED) write(`${lang}/${part}.html`, shared[part]);
    if (shared.style !== pieces('en', 'none').style)
      throw new Error(`pieces: the ${lang} cards have a stylesheet of their own`);
    if (lang === 'en') write('style.html', shared.style);
    for (const part of BY_REGION) {
      const texts = [...cards.values()].map((piece) => piece[part]);
      const { start, end } = alike(texts);
      write(`${lang}/${part}-start.html`, texts[0].slice(0, start));
      write(`${lang}/${part}-end.html`, texts[0].slice(texts[0].length - end));
      for (const [region, piece] of cards)
        write(`${lang}/${region}-${part}.html`, piece[part].slice(start, piece[part].length - end));
    }
  }
}
