import type { HelpResource } from 'ask-for-help-card';

/** What every app passes as a property, and how it reports what it heard. */
export const resources: HelpResource[] = [
  { name: 'Harbour Listening Line', phone: '555 0100', hours: '24/7' },
  { name: 'Harbour Text Line', sms: '555 0101', smsBody: 'TALK' },
];

export function reportRead(app: string, sectionId: string): void {
  const output = document.getElementById('reads')!;
  output.textContent = `${app}:${sectionId}`;
}
