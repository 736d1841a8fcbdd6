// A TypeScript user of the packed package: what must type-check, and what must not.
import type { HelpResource } from 'ask-for-help-card';
import { AskForHelpCard } from 'ask-for-help-card/element';

const card = document.querySelector('ask-for-help-card')!;
card.resources = [{ name: 'Harbour Listening Line', phone: '555 0100', regions: ['US'] }];
card.region = 'GB';
card.expandAll();
card.addEventListener('section-toggle', (event) => {
  const id: string = event.sectionId;
  const open: boolean = event.open;
  void [id, open];
});
const created: AskForHelpCard = document.createElement('ask-for-help-card');
void created;

// @ts-expect-error a resource needs a name
card.resources = [{ phone: '555 0100' }];
// @ts-expect-error a phone number is a string, written as it should be shown
card.resources = [{ name: 'Harbour Listening Line', phone: 5550100 }];
// @ts-expect-error no such field
const unknownField: HelpResource = { name: 'x', colour: 'red' };
void unknownField;
