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
import { createComponent, type EventName } from '@lit/react';
import { AskForHelpCard as AskForHelpCardElement } from './ask-for-help-card.js';
import { define, TAG_NAME } from './define.js';
import { SectionToggleEvent } from './events.js';

define();

export const AskForHelpCard = createComponent({
  tagName: TAG_NAME,
  elementClass: AskForHelpCardElement,
  react: React,
  events: { onSectionToggle: SectionToggleEvent.eventName as EventName<SectionToggleEvent> },
  displayName: 'AskForHelpCard',
});

export type { HelpResource } from './model/resources.js';
export type { SectionToggleEvent } from './events.js';
