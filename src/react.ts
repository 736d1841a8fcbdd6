/**
 * `ask-for-help-card/react`: the card as a React component, with its event as a prop.
 *
 *   <AskForHelpCard region="US" resources={lines} onSectionToggle={(event) => count(event.sectionId)} />
 *
 * React 19 can also use the tag itself (`<ask-for-help-card onsection-toggle={…}>`); this wrapper
 * gives camel-cased props and the event typed on every React version @lit/react supports.
 */
import './trusted-types-check.js';
import * as React from 'react';
import { isServer, type PropertyDeclarations } from 'lit';
import { createComponent, type EventName } from '@lit/react';
import { AskForHelpCard as AskForHelpCardElement } from './ask-for-help-card.js';
import { define, TAG_NAME } from './define.js';
import { SectionToggleEvent } from './events.js';

// A server renders no element: the tag is defined in the browser, where the card upgrades.
if (!isServer) define();

const ClientCard = createComponent({
  tagName: TAG_NAME,
  elementClass: AskForHelpCardElement,
  react: React,
  events: { onSectionToggle: SectionToggleEvent.eventName as EventName<SectionToggleEvent> },
  displayName: 'AskForHelpCard',
});

/**
 * On a server (Next.js, Docusaurus, any React server rendering), the tag with the card's settings
 * written as the attributes the card reads: its first render in the browser, before React
 * hydrates, already shows the region asked for. Functions (the event) are the browser's alone.
 */
function ServerCard(props: Record<string, unknown>) {
  const declared = AskForHelpCardElement.properties as PropertyDeclarations;
  const attributes: Record<string, unknown> = { suppressHydrationWarning: true };
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false || typeof value === 'function') continue;
    const declaration = declared[name];
    if (!declaration) attributes[name] = value;
    else
      attributes[typeof declaration.attribute === 'string' ? declaration.attribute : name.toLowerCase()] =
        value === true ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
  return React.createElement(TAG_NAME, attributes);
}

export const AskForHelpCard = isServer ? (ServerCard as unknown as typeof ClientCard) : ClientCard;

export type { HelpResource } from './model/resources.js';
export type { SectionToggleEvent } from './events.js';
