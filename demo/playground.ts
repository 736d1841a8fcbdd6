// The theming playground: each control sets one of the card's custom properties on the preview
// card, and the CSS a site would write is shown, ready to copy. Only changed values are written.
const form = document.querySelector<HTMLFormElement>('.playground')!;
const card = document.getElementById('playground-card')!;
const output = document.getElementById('playground-css')!;
const copyStatus = document.getElementById('copy-css-status')!;
const defaults = new Map(
  [...form.elements].map((control) => [(control as HTMLInputElement).name, (control as HTMLInputElement).value]),
);

function update(): void {
  const lines: string[] = [];
  for (const control of form.elements as unknown as Iterable<HTMLInputElement | HTMLSelectElement>) {
    const value = control.value ? `${control.value}${control.dataset.unit ?? ''}` : '';
    if (value && control.value !== defaults.get(control.name)) {
      card.style.setProperty(control.name, value);
      lines.push(`  ${control.name}: ${value};`);
    } else {
      card.style.removeProperty(control.name);
    }
  }
  output.textContent = lines.length ? `ask-for-help-card {\n${lines.join('\n')}\n}` : '/* Change a control above. */';
}

form.addEventListener('input', update);
document.getElementById('copy-css')!.addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(output.textContent ?? '');
    copyStatus.textContent = 'Copied.';
  } catch {
    copyStatus.textContent = 'Could not copy: select the CSS above.';
  }
});
update();

export {};
