/**
 * Lit creates a Trusted Types policy named `lit-html` as it loads. On a page whose
 * Content-Security-Policy enforces Trusted Types without allowing that name, creating it throws,
 * the card's module stops, and the site owner would see only an uncaught TypeError from inside
 * Lit. This module runs before Lit does and turns that error into one message naming the card
 * and the directive to add. The card is then never defined, so any fallback content inside the
 * tag stays visible.
 */
const TAG = 'ask-for-help-card';

if (typeof window !== 'undefined' && 'trustedTypes' in window) {
  const onError = (event: ErrorEvent) => {
    const isPolicyError = event.error instanceof TypeError && /lit-html|polic/i.test(String(event.message));
    if (!isPolicyError || customElements.get(TAG)) return;
    event.preventDefault();
    console.error(
      `<${TAG}>: this page's Content-Security-Policy enforces Trusted Types without allowing Lit's policy, ` +
        `so the card cannot render. Add its name to the policy's directive: trusted-types lit-html`,
    );
  };
  window.addEventListener('error', onError);
  // A module that fails to load reports it before any timer runs.
  setTimeout(() => window.removeEventListener('error', onError));
}

export {};
