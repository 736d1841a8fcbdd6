import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * How long a message stays in the status region before it is cleared: long after it was said (the
 * copy button's own confirmation stays in view beside it).
 */
export const STATUS_CLEARED_AFTER_MS = 5000;

/**
 * The card's one status region: what changed, said once to assistive technology ("Copied…",
 * "Showing help for Switzerland. In immediate danger, call 144."). The region is in the tree from
 * the first render, empty; a message is written after the region has been emptied, so that the
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
