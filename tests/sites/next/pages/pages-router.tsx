import { AskForHelpCard } from 'ask-for-help-card/react';

// A page of the pages router, which imports the card's React entry directly.
export default function PagesRouterPage() {
  return (
    <main>
      <h1>A pages router page</h1>
      <AskForHelpCard region="GB" />
      <p>The words after the card.</p>
    </main>
  );
}
