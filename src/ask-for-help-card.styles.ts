import { css } from 'lit';

/*
 * The card's rules, grouped by the part they style, in the order a reader meets them: help first
 * (the step for immediate danger, then the places to get help, then reaching out), then the
 * essay. Values come from the private tokens in ask-for-help-card.tokens.ts. Logical properties
 * only, so right-to-left pages lay the card out mirrored for free.
 */
export default css`
  /* The host: the size of the text around it, with room above and below that a page can change. */
  :host {
    display: block;
    margin-block: 1.5em;
    font-family: var(--ask-for-help-card-font-family, inherit);
    font-size: var(--ask-for-help-card-font-size, 1em);
    line-height: 1.6;
  }

  :host([scheme='light']) {
    color-scheme: light;
  }

  :host([scheme='dark']) {
    color-scheme: dark;
  }

  :host([hidden]) {
    display: none;
  }

  /* Controls that need the card's script keep their place unseen until it runs, so that nothing
     moves when they appear (with scripts off they take no room at all: see the end). */
  :host(:not(:defined)) .needs-script {
    visibility: hidden;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  h1,
  h2,
  h3,
  h4,
  h5,
  h6,
  p,
  ul {
    margin: 0;
  }

  a {
    color: var(--_link);
    text-underline-offset: 0.15em;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  /* The card: one box. The scheme it found behind it, where it follows the page. */
  .card {
    background: var(--_background);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    /*
     * More room inside a wide card: 5% of its width, between one and one and a half spaces. (A
     * container query would need the host to be a size container, which gives it no width of its
     * own in a dialog, a flex row, a float or a table cell.)
     */
    padding: clamp(var(--_space), 5%, calc(var(--_space) * 1.5));
    display: grid;
    gap: calc(var(--_space) * 2);
  }

  .card[data-scheme='light'] {
    color-scheme: light;
  }

  .card[data-scheme='dark'] {
    color-scheme: dark;
  }

  .byline,
  .meta,
  .checked,
  .headings-note {
    color: var(--_muted);
    font-size: var(--_text-small);
  }

  /* Help: a reader in distress should not have to read the essay to find it. */
  .help {
    display: grid;
    gap: var(--_space);
  }

  .help-heading {
    font-size: 1.3em;
    line-height: 1.3;
  }

  /* The step for immediate danger: the card's one filled button. */
  .emergency {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5) var(--_space);
  }

  .emergency-lead {
    font-weight: 600;
  }

  .emergency-call {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-block-size: var(--_target);
    min-inline-size: var(--_target);
    padding-block: 0.4em;
    padding-inline: 1.2em;
    border: 2px solid var(--_call);
    border-radius: var(--_pill);
    background: var(--_call);
    color: var(--_call-text);
    font-weight: 700;
    text-decoration: none;
  }

  .emergency-call:hover {
    text-decoration: underline;
  }

  .region {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }

  select {
    font: inherit;
    color: var(--_text);
    background: var(--_background);
    border: 1px solid var(--_muted);
    border-radius: var(--_inner-radius);
    min-block-size: var(--_target);
    max-inline-size: 100%;
    padding-inline: 0.5em;
  }

  /* The places to get help: one column divided by hairlines, not boxes, at every width. */
  .resources {
    list-style: none;
    padding: 0;
    display: grid;
  }

  .resource {
    display: grid;
    gap: calc(var(--_space) * 0.35);
    align-content: start;
    padding-block: var(--_space);
    border-block-start: 1px solid var(--_border);
    min-inline-size: 0;
  }

  .resource-name {
    font-size: var(--_text-step);
    line-height: 1.35;
    overflow-wrap: anywhere;
  }

  .description {
    overflow-wrap: anywhere;
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--_space);
  }

  .actions {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 var(--_space);
  }

  /* Every way to reach a place is at least a thumb's size; its main way stands out. */
  .action {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_target);
    min-inline-size: var(--_target);
    overflow-wrap: anywhere;
  }

  .action-main {
    justify-content: center;
    padding-block: 0.35em;
    padding-inline: 1em;
    border: 2px solid currentColor;
    border-radius: var(--_pill);
    font-weight: 700;
    text-decoration: none;
  }

  .action-main:hover {
    text-decoration: underline;
  }

  .checked {
    margin-block-start: calc(var(--_space) * -0.5);
  }

  /* Reaching out to someone the reader trusts. */
  .reach-out {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_border);
  }

  .reach-out-heading {
    font-size: var(--_text-step);
  }

  .reach-out-message {
    margin: 0;
    padding-inline-start: var(--_space);
    border-inline-start: 3px solid var(--_accent);
    font-style: italic;
  }

  button.action {
    font: inherit;
    color: var(--_link);
    background: transparent;
    border: 0;
    padding: 0;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }

  .copy-status:empty {
    display: none;
  }

  /* The essay: its title, byline and "Expand all" together, directly above its sections. */
  .essay {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    padding-block-start: calc(var(--_space) * 1.5);
    border-block-start: 1px solid var(--_border);
  }

  .header {
    display: grid;
    gap: calc(var(--_space) * 0.35);
    margin-block-end: calc(var(--_space) * 0.5);
  }

  .title {
    font-size: 1.3em;
    line-height: 1.3;
    text-wrap: balance;
  }

  .header-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) * 0.5) var(--_space);
  }

  .toggle-all {
    font: inherit;
    font-size: var(--_text-small);
    color: var(--_link);
    background: transparent;
    border: 1px solid var(--_border);
    border-radius: var(--_pill);
    min-block-size: var(--_target);
    padding-inline: 1em;
    cursor: pointer;
  }

  .section {
    border-block-end: 1px solid var(--_border);
  }

  /* A section's title: the button in its heading, or, in prerendered markup, its summary. */
  .section-heading {
    margin: 0;
    font: inherit;
  }

  .summary {
    display: flex;
    align-items: center;
    gap: 0.75em;
    inline-size: 100%;
    min-block-size: var(--_target);
    padding: 0.5em 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    font-weight: 600;
    font-size: var(--_text-step);
    text-align: start;
    cursor: pointer;
    list-style: none;
  }

  summary::-webkit-details-marker {
    display: none;
  }

  summary[hidden] {
    display: none;
  }

  /* A chevron drawn with borders: it points along the line (mirrored in right-to-left) when
     closed, and down when open. */
  .summary::before {
    content: '';
    flex: none;
    inline-size: 0.5em;
    block-size: 0.5em;
    border-block-start: 2px solid var(--_accent);
    border-inline-end: 2px solid var(--_accent);
    transform: rotate(45deg);
    margin-inline-end: 0.15em;
  }

  .summary:dir(rtl)::before {
    transform: rotate(-45deg);
  }

  .section[open] > .summary::before,
  [aria-expanded='true']::before {
    transform: rotate(135deg);
  }

  .section[open] > .summary:dir(rtl)::before,
  [aria-expanded='true']:dir(rtl)::before {
    transform: rotate(-135deg);
  }

  .section-content {
    display: grid;
    gap: var(--_space);
    padding-block-end: var(--_space);
  }

  @media (prefers-reduced-motion: no-preference) {
    .summary::before {
      transition: transform 150ms ease-out;
    }

    .section[data-animate][open] > .section-content {
      animation: reveal 200ms ease-out;
    }
  }

  @keyframes reveal {
    from {
      opacity: 0;
      transform: translateY(-0.25em);
    }
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  /* More contrast asked for: secondary text and borders take the full text colour. */
  @media (prefers-contrast: more) {
    :host {
      --_muted: var(--_text);
      --_border: var(--_text);
    }

    .action-main,
    .toggle-all,
    select {
      border-width: 2px;
    }
  }

  /* On paper: every section open, every link's number or address written out, no controls. */
  @media print {
    .card {
      border: 0;
      padding: 0;
    }

    .section::details-content {
      content-visibility: visible;
      display: block;
    }

    .summary::before,
    .toggle-all,
    .region,
    button.action,
    .copy-status {
      display: none;
    }

    .emergency-call,
    .action-main {
      border: 0;
      padding: 0;
      min-block-size: 0;
      background: none;
      color: inherit;
    }

    .action[data-print]::after {
      content: ' (' attr(data-print) ')';
      font-weight: 400;
    }
  }

  @media (forced-colors: active) {
    .card,
    .toggle-all,
    select {
      border-color: CanvasText;
    }

    .action-main,
    .emergency-call {
      border-color: LinkText;
    }

    /* Told apart from a help line's call without its fill: a double border, and heavier words. */
    .emergency-call {
      border-style: double;
      border-width: 0.3em;
      background: ButtonFace;
      color: LinkText;
      font-weight: 800;
    }

    .summary::before {
      border-color: CanvasText;
    }

    :focus-visible {
      outline-color: Highlight;
    }
  }

  /* Scripts off: the controls that need them take no room, so no blank band is left. Last, and
     with :host, so that it wins over each control's own display. */
  @media (scripting: none) {
    :host .needs-script {
      display: none;
    }
  }
`;
