import '../src/index.js';
import './playground.js';
import type { SectionToggleEvent } from '../src/index.js';

// Theme presets: each is a class on <html> that the demo stylesheet maps to custom properties.
const buttons = document.querySelectorAll<HTMLButtonElement>('[data-preset]');
for (const button of buttons) {
  button.addEventListener('click', () => {
    document.documentElement.className = button.dataset.preset ?? '';
    for (const other of buttons) other.setAttribute('aria-pressed', String(other === button));
  });
}

// A host can count reads from the card's events; the card itself records nothing.
document.addEventListener('section-toggle', (event: SectionToggleEvent) => {
  console.info(`section ${event.sectionId} ${event.open ? 'opened' : 'closed'}`);
});
