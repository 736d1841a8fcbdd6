import type { CardStrings } from '../content/strings.js';
import { httpHref, mailtoHref, smsHref, telHref } from './links.js';
import { fill } from './options.js';
import type { HelpResource } from './resources.js';

/** The ways to reach a place, in the order the card offers them. */
export type ActionKind = 'call' | 'text' | 'chat' | 'website' | 'email';

/** One way to reach a place, ready to render as a link. */
export interface Action {
  kind: ActionKind;
  href: string;
  label: string;
  /** What print writes after the label, where the label does not say it (an address). */
  printed?: string;
  /** Whether the link leaves for another site (it then carries no referrer). */
  external: boolean;
  /** The place's main way: its call, else its text. Shown strong; the others are quieter. */
  primary: boolean;
}

/**
 * Every way to reach a resource that can be made a safe link: call, text (with its keyword),
 * chat, website, email. A field that cannot become a safe link gives no action.
 */
export function actionsFor(resource: HelpResource, text: CardStrings): Action[] {
  const actions: (Action | undefined)[] = [];
  const link = (kind: ActionKind, href: string | undefined, label: string, printed?: string): Action | undefined =>
    href ? { kind, href, label, printed, external: kind === 'chat' || kind === 'website', primary: false } : undefined;

  if (resource.phone) actions.push(link('call', telHref(resource.phone), fill(text.call, { phone: resource.phone })));
  if (resource.sms) {
    const label = resource.smsBody
      ? fill(text.textKeyword, { keyword: resource.smsBody, sms: resource.sms })
      : fill(text.text, { sms: resource.sms });
    actions.push(link('text', smsHref(resource.sms, resource.smsBody), label));
  }
  if (resource.chatUrl) {
    const href = httpHref(resource.chatUrl);
    actions.push(link('chat', href, text.chat, href));
  }
  if (resource.url) {
    const href = httpHref(resource.url);
    actions.push(link('website', href, text.website, href));
  }
  if (resource.email) actions.push(link('email', mailtoHref(resource.email), text.email, resource.email));
  const usable = actions.filter((action): action is Action => action !== undefined);
  const main = usable.find((action) => action.kind === 'call') ?? usable.find((action) => action.kind === 'text');
  if (main) main.primary = true;
  return usable;
}
