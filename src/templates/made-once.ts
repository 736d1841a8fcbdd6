/**
 * Nodes made once per page and cloned for each card that shows them: the picker's 66 options, the
 * essay's paragraphs. A browser clones a tree far faster than Lit renders a template per node, and
 * a page may hold many cards. Only in a browser; a server renders them as templates.
 */
const made = new Map<unknown, HTMLTemplateElement>();

/** A fresh copy of the nodes `make` gives for `key`, which `make` is asked for only once. */
export function madeOnce(key: unknown, make: () => Node[]): DocumentFragment {
  let template = made.get(key);
  if (!template) {
    template = document.createElement('template');
    template.content.append(...make());
    made.set(key, template);
  }
  return template.content.cloneNode(true) as DocumentFragment;
}
