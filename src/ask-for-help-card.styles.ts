import { css } from 'lit';

/*
 * The card's rules, grouped by the part they style, in the order a reader meets them. Values come
 * from the private tokens in ask-for-help-card.tokens.ts. Logical properties only, so
 * right-to-left pages lay the card out mirrored for free.
 */
export default css`
  :host {
    display: block;
    font-family: var(--ask-for-help-card-font-family, inherit);
    font-size: var(--ask-for-help-card-font-size, 1rem);
    line-height: 1.6;
    container-type: inline-size;
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

  /* Controls that need the card's script keep their place, unseen, until it runs: a prerendered
     card read with scripts off shows none that would do nothing, and nothing moves when they
     appear. */
  :host(:not(:defined)) .needs-script {
    visibility: hidden;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .card {
    background: var(--_background);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }

  @container (min-width: 30rem) {
    .card {
      padding: calc(var(--_space) * 1.5);
    }
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

  .title {
    font-size: 1.6em;
    line-height: 1.25;
    text-wrap: balance;
  }

  .byline,
  .meta,
  .checked,
  .headings-note {
    color: var(--_muted);
    font-size: var(--_text-small);
  }

  .header {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }

  a {
    color: var(--_link);
    text-underline-offset: 0.15em;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  /* Help comes first: a reader in distress should not have to read the essay to find it. */
  .help {
    display: grid;
    gap: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_inner-radius);
  }

  .help-heading {
    font-size: 1.25em;
    line-height: 1.3;
  }

  .emergency {
    font-weight: 600;
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
    padding-inline: 0.5em;
  }

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

  .copy-status:empty {
    display: none;
  }

  .resources {
    list-style: none;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }

  @container (min-width: 40rem) {
    .resources {
      grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
    }
  }

  .resource {
    display: grid;
    gap: calc(var(--_space) * 0.35);
    align-content: start;
  }

  .resource-name {
    font-size: var(--_text-step);
    line-height: 1.35;
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
    gap: calc(var(--_space) * 0.5);
    margin-block-start: calc(var(--_space) * 0.25);
  }

  .action,
  .emergency-call {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-block-size: var(--_target);
    min-inline-size: var(--_target);
    border: 1px solid currentColor;
    border-radius: var(--_pill);
    text-decoration: none;
  }

  .action {
    padding-block: 0.4em;
    padding-inline: 0.9em;
    font-weight: 600;
  }

  /* The emergency number is a target like the actions below, even inside its sentence. */
  .emergency-call {
    padding-inline: 0.7em;
    margin-inline: 0.15em;
    border-width: 2px;
  }

  button.action {
    font: inherit;
    font-weight: 600;
    color: var(--_link);
    background: transparent;
    cursor: pointer;
  }

  .action:hover {
    text-decoration: underline;
  }

  .essay {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }

  .essay-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: var(--_space);
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

  summary {
    display: flex;
    align-items: center;
    gap: 0.75em;
    min-block-size: var(--_target);
    padding-block: 0.5em;
    font-weight: 600;
    font-size: var(--_text-step);
    cursor: pointer;
    list-style: none;
  }

  summary::-webkit-details-marker {
    display: none;
  }

  /* A chevron drawn with borders: it points along the line (mirrored in right-to-left) when
     closed, and down when open. */
  summary::before {
    content: '';
    flex: none;
    inline-size: 0.5em;
    block-size: 0.5em;
    border-block-start: 2px solid var(--_accent);
    border-inline-end: 2px solid var(--_accent);
    transform: rotate(45deg);
    margin-inline-end: 0.15em;
  }

  summary:dir(rtl)::before {
    transform: rotate(-45deg);
  }

  .section[open] > summary::before {
    transform: rotate(135deg);
  }

  .section[open] > summary:dir(rtl)::before {
    transform: rotate(-135deg);
  }

  .section-content {
    display: grid;
    gap: var(--_space);
    padding-block-end: var(--_space);
  }

  @media (prefers-reduced-motion: no-preference) {
    summary::before {
      transition: transform 150ms ease-out;
    }

    .section[data-animate][open] > .section-content {
      animation: reveal 200ms ease-out;
    }
  }

  @keyframes reveal {
    from {
      opacity: 0;
      transform: translateY(-0.25rem);
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

    .action,
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

    summary::before,
    .toggle-all,
    .region,
    button.action,
    .copy-status {
      display: none;
    }

    .emergency-call {
      border: 0;
      padding: 0;
      min-block-size: 0;
    }

    .action[data-print]::after {
      content: ' (' attr(data-print) ')';
      font-weight: 400;
    }

    .action {
      border: 0;
      padding: 0;
      min-block-size: 0;
    }
  }

  @media (forced-colors: active) {
    .card,
    .help,
    .toggle-all,
    select,
    .action {
      border-color: CanvasText;
    }

    .action {
      border-color: LinkText;
    }

    summary::before {
      border-color: CanvasText;
    }

    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
