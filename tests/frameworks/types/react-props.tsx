// The React wrapper's props and the plain tag in React 19's JSX: what must type-check, and what must not.
import { AskForHelpCard } from 'ask-for-help-card/react';

export const good = (
  <>
    <AskForHelpCard
      resources={[{ name: 'Harbour Listening Line', phone: '555 0100' }]}
      region="US"
      onSectionToggle={(event) => event.sectionId}
    />
    <ask-for-help-card
      resources={[{ name: 'Harbour Listening Line' }]}
      heading-level={3}
      onsection-toggle={(event) => event.open}
    />
  </>
);

export const wrapperWithoutName = (
  // @ts-expect-error a resource needs a name
  <AskForHelpCard resources={[{ phone: '555 0100' }]} />
);

export const wrapperWithNumber = (
  // @ts-expect-error a phone number is a string
  <AskForHelpCard resources={[{ name: 'Harbour Listening Line', phone: 5550100 }]} />
);

export const tagWithoutName = (
  // @ts-expect-error a resource needs a name
  <ask-for-help-card resources={[{ phone: '555 0100' }]} />
);
