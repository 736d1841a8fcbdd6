'use client';
// The card from the package's React entry, in a client component: Next renders it on the server
// first, where there is no DOM, then on the client.
import { AskForHelpCard } from 'ask-for-help-card/react';

export function HelpCard({ region }: { region: string }) {
  return <AskForHelpCard region={region} onSectionToggle={(event) => console.log('section', event.sectionId)} />;
}
