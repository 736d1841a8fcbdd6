import type { CardStrings } from '../content/strings.js';
import { actionsFor } from './actions.js';
import { displayNames } from './names.js';
import { fill } from './options.js';
import type { ShownResource } from './sheet-lines.js';
import type { ResourceView } from './view.js';

/**
 * What a reader sees of one place to get help in a card speaking `lang`: its name and
 * description with their languages, its short facts, and every safe way to reach it. A national
 * line shown with no region chosen says where it serves.
 */
export function resourceView(
  resource: ShownResource,
  text: CardStrings,
  lang: string,
  region: string | undefined,
): ResourceView {
  const facts: string[] = [];
  if (!region && resource.regions?.length) {
    facts.push(fill(text.serves, { regions: displayNames(resource.regions, lang, 'region').join(', ') }));
  }
  if (resource.hours) facts.push(fill(text.hours, { hours: resource.hours }));
  // A service's languages inform only where they are not just the reader's own.
  const readerLanguage = lang.split('-')[0].toLowerCase();
  const onlyTheReaders = resource.languages?.every((code) => code.split('-')[0].toLowerCase() === readerLanguage);
  if (resource.languages?.length && !onlyTheReaders) {
    facts.push(fill(text.languages, { languages: displayNames(resource.languages, lang, 'language').join(', ') }));
  }
  return {
    name: resource.name,
    nameLang: resource.nameLang,
    description: resource.description,
    descriptionLang: resource.lang,
    facts,
    actions: actionsFor(resource, text),
  };
}
