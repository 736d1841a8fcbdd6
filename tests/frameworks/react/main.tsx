import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'ask-for-help-card';
import { AskForHelpCard } from 'ask-for-help-card/react';
import type { SectionToggleEvent } from 'ask-for-help-card';
import { reportRead, resources } from '../shared.js';

function App() {
  const [opened, setOpened] = useState<string[]>([]);
  const heard = (source: string) => (event: SectionToggleEvent) => {
    setOpened((all) => [...all, `${source}:${event.sectionId}`]);
    reportRead(source, event.sectionId);
  };
  return (
    <>
      <AskForHelpCard id="wrapper" resources={resources} headingLevel={2} onSectionToggle={heard('react-wrapper')} />
      <ask-for-help-card id="tag" resources={resources} heading-level={3} onsection-toggle={heard('react-tag')} />
      <p id="opened">{opened.join(' ')}</p>
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
