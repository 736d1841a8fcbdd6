import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CardStrings } from '../content/strings.js';

/**
 * How long a message stays in the status region before it is cleared: long after it was said (the
 * copy button's own confirmation stays in view beside it).
 */
export const STATUS_CLEARED_AFTER_MS = 5000;

/**
 * The card's one status region, and the copy it reports on: what changed, said once to assistive
 * technology ("Copied…", "Showing help for Switzerland. In immediate danger, call 144."). The
 * region is in the tree from the first render, empty; a message is written after the region has been emptied, so that the
 * same words said twice (a second copy) are announced twice, and it is cleared again later.
 */
export class StatusController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #message = '';
  #timer?: ReturnType<typeof setTimeout>;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** What the status region says now. */
  get message(): string {
    return this.#message;
  }

  /** What copying the reach-out message last came to, shown beside its button. */
  copied = '';

  /** Copies `message` for the reader to paste, then says whether it worked, beside the button and aloud. */
  async copy(message: string, text: Pick<CardStrings, 'reachOutCopied' | 'reachOutCopyFailed'>): Promise<void> {
    try {
      await navigator.clipboard.writeText(message);
      this.copied = text.reachOutCopied;
    } catch {
      this.copied = text.reachOutCopyFailed;
    }
    this.announce(this.copied);
  }

  /** Says `message` in the status region. */
  announce(message: string): void {
    this.#set('');
    // Written after the emptied region has rendered: a live region announces changes, not states.
    this.#timer = setTimeout(() => {
      this.#set(message);
      this.#timer = setTimeout(() => this.#set(''), STATUS_CLEARED_AFTER_MS);
    }, 100);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#message = '';
  }

  #set(message: string): void {
    clearTimeout(this.#timer);
    this.#message = message;
    this.#host.requestUpdate();
  }
}
