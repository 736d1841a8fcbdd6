import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { isDark, over, parseColor, type Rgba } from '../model/colors.js';

type Host = ReactiveControllerHost & HTMLElement;

/** The page canvas in each scheme, as browsers paint it where the page paints nothing. */
const CANVAS: Record<'light' | 'dark', Rgba> = { light: [255, 255, 255, 1], dark: [18, 18, 18, 1] };

/** The cards following their page, each with the scheme it last found. */
const following = new Map<Host, 'light' | 'dark'>();
let observer: MutationObserver | undefined;
let preference: MediaQueryList | undefined;
/** The documents whose stylesheets are awaited, each read again once when they have loaded. */
const awaitingLoad = new WeakSet<Document>();
/**
 * Cards connected but not yet read. They are read together just before the first of them renders:
 * a hundred cards upgraded at once cost one style recalculation, not one each (reading a page's
 * styles between two cards' renders would recalculate it every time).
 */
const unread = new Set<Host>();

function readUnread(): void {
  const backgrounds = new Map<Element, Rgba | undefined>();
  for (const host of unread) following.set(host, schemeBehind(host, backgrounds));
  unread.clear();
}

function reread(): void {
  const backgrounds = new Map<Element, Rgba | undefined>();
  for (const [host, scheme] of following) {
    const now = schemeBehind(host, backgrounds);
    if (now === scheme) continue;
    following.set(host, now);
    host.requestUpdate();
  }
}

/** The element a card's box sits on: its parent, or the host of the shadow root it is in. */
function parentOf(element: Element): Element | null {
  return element.parentElement ?? ((element.getRootNode() as ShadowRoot).host || null);
}

/**
 * The scheme of what is painted behind the card: the backgrounds of its ancestors, laid over one
 * another up to the first opaque one, else the page canvas in the scheme the page uses. Whether
 * the page declares `color-scheme` or not, a dark page gives `dark`.
 */
export function schemeBehind(host: Element, backgrounds = new Map<Element, Rgba | undefined>()): 'light' | 'dark' {
  const layers: Rgba[] = [];
  const view = host.ownerDocument.defaultView;
  // A document that shows nothing (one made by DOMParser, say) paints nothing behind the card.
  if (!view) return 'light';
  for (let element = parentOf(host); element; element = parentOf(element)) {
    // Cards side by side share their ancestors: each is read once per batch.
    if (!backgrounds.has(element)) {
      backgrounds.set(element, parseColor(view.getComputedStyle(element).backgroundColor, host.ownerDocument));
    }
    const color = backgrounds.get(element);
    if (!color || color[3] === 0) continue;
    layers.push(color);
    if (color[3] >= 1) break;
  }
  let background = layers.at(-1)?.[3] === 1 ? layers.pop()! : CANVAS[canvasScheme(host.ownerDocument)];
  while (layers.length) background = over(layers.pop()!, background);
  return isDark(background) ? 'dark' : 'light';
}

/** The scheme the page's canvas is painted in: its `color-scheme`, and the reader's wish. */
function canvasScheme(document: Document): 'light' | 'dark' {
  const declared = document.defaultView!.getComputedStyle(document.documentElement).colorScheme.split(' ');
  const prefersDark = document.defaultView!.matchMedia('(prefers-color-scheme: dark)').matches;
  if (declared.includes('dark') && (!declared.includes('light') || prefersDark)) return 'dark';
  return 'light';
}

/**
 * The page's scheme, for a card with `scheme="auto"`: read once when the card connects, and again
 * when the page tells of a change (its stylesheets finish loading; a class, attribute or style on
 * `html` or `body`; the reader's preference), never by polling.
 */
export class SchemeController implements ReactiveController {
  readonly #host: Host;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  /** The scheme of the page behind the card, as last read. */
  get scheme(): 'light' | 'dark' | undefined {
    return following.get(this.#host);
  }

  /** Before the card renders: it and every card connected with it are read, together. */
  hostUpdate(): void {
    if (unread.has(this.#host)) readUnread();
  }

  hostConnected(): void {
    const document = this.#host.ownerDocument;
    // A server, or a document with no window (DOMParser's, createHTMLDocument's), has no page to read.
    if (isServer || !document.defaultView) return;
    observer ??= new MutationObserver(reread);
    for (const element of [document.documentElement, document.body]) {
      if (element) observer.observe(element, { attributes: true });
    }
    if (!preference) {
      preference = document.defaultView!.matchMedia('(prefers-color-scheme: dark)');
      preference.addEventListener('change', reread);
    }
    // A module can run before the page's stylesheets have loaded (WebKit runs it sooner): the
    // page is read again once they have.
    if (document.readyState !== 'complete' && !awaitingLoad.has(document)) {
      awaitingLoad.add(document);
      document.defaultView!.addEventListener('load', reread, { once: true });
    }
    unread.add(this.#host);
  }

  hostDisconnected(): void {
    unread.delete(this.#host);
    following.delete(this.#host);
    if (following.size === 0 && unread.size === 0) {
      observer?.disconnect();
      observer = undefined;
      preference?.removeEventListener('change', reread);
      preference = undefined;
    }
  }
}
