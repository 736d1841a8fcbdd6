import { isServer, type ReactiveControllerHost } from 'lit';
import { guessRegion } from '../model/regions.js';

/** The reader's region as the device's time zone tells it: guessed once per page, for every card. */
let guess: { region: string | undefined } | undefined;
function guessedRegion(): string | undefined {
  guess ??= { region: guessRegion() };
  return guess.region;
}

/**
 * Which region's help the card shows: the page's `region` (checked: a code, `auto`, or none), or
 * the one the reader chose in the card, which holds until the page's changes.
 */
export class RegionController {
  readonly #host: ReactiveControllerHost;
  #requested?: string;
  /** The reader's choice: a code, `''` for no region, or nothing when they have not chosen. */
  #chosen?: string;

  // It has no part in the host's lifecycle: it only asks for an update when the reader chooses.
  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  /** The region shown: the reader's choice, else the page's (`auto` guessed), or none. */
  get shown(): string | undefined {
    if (this.#chosen !== undefined) return this.#chosen || undefined;
    // A server never guesses: its own time zone says nothing of the reader's.
    if (this.#requested === 'auto') return isServer ? undefined : guessedRegion();
    return this.#requested;
  }

  /** The page asked for a region (checked): it replaces any choice the reader made, unless kept. */
  request(region: string | undefined, { keepChoice = false } = {}): void {
    this.#requested = region;
    if (!keepChoice) this.#chosen = undefined;
  }

  /** Whether the reader has reached the region control, which then holds every option. */
  reached = false;

  /**
   * The reader reaches the control: it must hold every option before it opens, so the card
   * updates at once when this says the reader is new to it.
   */
  reach(): boolean {
    if (this.reached) return false;
    this.reached = true;
    this.#host.requestUpdate();
    return true;
  }

  /** The reader chose a region in the card (`''`: no region). */
  choose(region: string): void {
    this.#chosen = region;
    this.#host.requestUpdate();
  }
}
