import Layout from '@theme/Layout';
import { AskForHelpCard } from 'ask-for-help-card/react';

// A page of the site's own, in React, with the card.
export default function Home() {
  return (
    <Layout title="Home">
      <main>
        <h1>A Docusaurus site</h1>
        <AskForHelpCard region="GB" />
      </main>
    </Layout>
  );
}
