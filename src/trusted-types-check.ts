/**
 * Lit creates a Trusted Types policy named `lit-html` as it loads. On a page whose
 * Content-Security-Policy enforces Trusted Types without allowing that name (or allows it once, and
 * another script's Lit made it first), creating it throws,
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
    // The name may be allowed once and taken already, by another script's Lit: the fix is named too.
    console.error(
      `<${TAG}>: this page's Trusted Types policy refuses Lit's, so the card cannot render: allow ` +
        `trusted-types lit-html, with 'allow-duplicates' if another script on the page uses Lit`,
    );
  };
  window.addEventListener('error', onError);
  // A module that fails to load reports it before any timer runs.
  setTimeout(() => window.removeEventListener('error', onError));
}

export {};
