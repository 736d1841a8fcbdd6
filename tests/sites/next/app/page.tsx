import { HelpCard } from './help-card';

// A page of the app router: a server component with the card's client component in it.
export default function Page() {
  return (
    <main>
      <h1>An app router page</h1>
      <p>Some words before the card.</p>
      <HelpCard region="GB" />
      <p>The words after the card.</p>
    </main>
  );
}
