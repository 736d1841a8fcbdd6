import { adoptStyles, CSSResult, type CSSResultOrNative } from 'lit';

/** The card's styles, made again in each other document a card has been moved into. */
const copiesByDocument = new WeakMap<Document, CSSStyleSheet[]>();

function cssTextOf(style: CSSResultOrNative): string {
  return style instanceof CSSResult ? style.cssText : [...style.cssRules].map((rule) => rule.cssText).join('\n');
}

/**
 * Gives a shadow root the styles of its element in whatever document it is now in. A stylesheet
 * adopted by a shadow root applies only in the document that made it, so a card moved into an
 * iframe's document would stay unstyled there, and after it came back: there it gets copies made
 * in that document (once per document), and at home its own again.
 */
export function adoptStylesInItsDocument(root: ShadowRoot, styles: CSSResultOrNative[]): void {
  const home = root.ownerDocument;
  const Sheet = home.defaultView?.CSSStyleSheet;
  try {
    if (home === document || !Sheet) {
      adoptStyles(root, styles);
      return;
    }
    let copies = copiesByDocument.get(home);
    if (!copies) {
      copies = styles.map((style) => {
        const sheet = new Sheet();
        sheet.replaceSync(cssTextOf(style));
        return sheet;
      });
      copiesByDocument.set(home, copies);
    }
    root.adoptedStyleSheets = copies;
  } catch {
    // A document that shows nothing (one made by DOMParser, say) has no use for styles.
  }
}
