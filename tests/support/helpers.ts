import { executeServerCommand } from '@web/test-runner-commands';

/** One node of the engine's accessibility tree, as the accessibility-tree command returns it. */
export interface AccessibleNode {
  role: string;
  name: string;
  level?: number;
  expanded?: boolean;
  /** The index, in the same tree, of the node this one is in. */
  parent?: number;
}

type EngineAnswer<T> = T & { unsupported?: string };

/**
 * Skips the running test for something this engine truly cannot do, and says so in the run's
 * log, where the closing summary lists it under the engine.
 */
export function skipBecause(test: Mocha.Context, reason: string): never {
  console.log(`skipped "${test.test?.fullTitle()}": ${reason}`);
  return test.skip();
}

/** Skips the running test, saying why, when the engine's driver cannot do what it needs. */
function skipUnless<T>(test: Mocha.Context, answer: EngineAnswer<T>): T {
  if (answer.unsupported) skipBecause(test, answer.unsupported);
  return answer;
}

/** What the browser exposes to assistive technology, in document order. */
export async function accessibilityTree(test: Mocha.Context): Promise<AccessibleNode[]> {
  const answer = await executeServerCommand<EngineAnswer<{ tree: AccessibleNode[] }>, undefined>('accessibility-tree');
  return skipUnless(test, answer).tree;
}

/** The role and accessible name WebDriver computes for elements in a card's shadow root. */
export async function computedRoles(
  test: Mocha.Context,
  host: string,
  selector: string,
): Promise<{ role: string; label: string }[]> {
  const answer = await executeServerCommand<
    EngineAnswer<{ roles: { role: string; label: string }[] }>,
    { host: string; selector: string }
  >('computed-roles', { host, selector });
  return skipUnless(test, answer).roles;
}

export interface MediaFeatures {
  media?: 'screen' | 'print' | null;
  colorScheme?: 'light' | 'dark' | 'no-preference' | null;
  reducedMotion?: 'reduce' | 'no-preference' | null;
  forcedColors?: 'active' | 'none' | null;
  contrast?: 'more' | 'no-preference' | null;
}

/** Emulates a reader's preferences or print media, where the engine's driver can. */
export async function emulateMedia(test: Mocha.Context, features: MediaFeatures): Promise<void> {
  skipUnless(test, await executeServerCommand<EngineAnswer<object>, MediaFeatures>('reader-media', features));
}

/** Restores the default media after a test that emulated some, where the driver can. */
export async function resetMedia(): Promise<void> {
  await executeServerCommand('reader-media', {
    media: null,
    colorScheme: 'light',
    reducedMotion: null,
    forcedColors: 'none',
    contrast: null,
  });
}

/**
 * Runs `action` while hearing console.warn, as a developer would see it, and gives back what was
 * heard with what the action returned. The console is restored whatever the action does.
 */
export async function withWarnings<T>(
  action: (heard: { messages: string[] }) => Promise<T> | T,
): Promise<{ messages: string[]; result: T }> {
  const warnings = captureWarnings();
  try {
    const result = await action(warnings);
    return { messages: warnings.messages, result };
  } finally {
    warnings.restore();
  }
}

/** Collects console.warn calls until `restore()`; tests read what a developer would see. */
export function captureWarnings(): { messages: string[]; restore: () => void } {
  const messages: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.warn = original) };
}

/** The card's shadow root, where a reader's view lives. */
export function view(el: Element): ShadowRoot {
  return el.shadowRoot!;
}

/** The visible text of an element with white space folded, as a reader would read it. */
export function textOf(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Waits for every pending `toggle` event, the card's update after it, and its animations. */
export async function settle(el: Element & { updateComplete: Promise<unknown> }): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
  await Promise.all(
    view(el)
      .getAnimations()
      .map((animation) => animation.finished),
  );
}

function channels(color: string): [number, number, number, number] {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a];
}

function luminance(color: string): number {
  const [r, g, b] = channels(color).map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio between two CSS colours. */
export function contrast(foreground: string, background: string): number {
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
}

/**
 * Loads a page of the test server in a frame as a site would embed it (800 pixels wide unless
 * told), and resolves when that page has loaded. The address is set before the frame joins the
 * document: a frame added first loads about:blank, whose load event can come after the listener
 * is added (it does in WebKit), and the page would be read before its stylesheets arrived.
 */
export async function loadInFrame(path: string, width = 800): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `inline-size: ${width}px; block-size: 900px; border: 0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  return frame;
}
