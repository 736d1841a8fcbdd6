import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import { SectionToggleEvent, type AskForHelpCard, type HelpResource } from '../src/index.js';
import { essay } from '../src/content/essay.js';
import { essaySections } from '../src/content/sections.js';
import {
  accessibilityTree,
  captureWarnings,
  withWarnings,
  computedRoles,
  emulateMedia,
  resetMedia,
  settle,
  textOf,
  view,
} from './support/helpers.js';
import { links, resourceNames } from './support/queries.js';

const sectionHeadings: string[] = essaySections.map((section) => section.heading);

function details(el: AskForHelpCard): HTMLDetailsElement[] {
  return [...view(el).querySelectorAll('details')];
}

/** The ids of the sections a reader sees open. */
function openSections(el: AskForHelpCard): (string | undefined)[] {
  return details(el)
    .filter((d) => d.open)
    .map((d) => d.dataset.section);
}

/** The control that opens and closes the section called `heading`. */
function controlOf(el: AskForHelpCard, heading: string): HTMLElement {
  const control = [...view(el).querySelectorAll<HTMLElement>('[part~="summary"]')].find((c) => textOf(c) === heading);
  if (!control) throw new Error(`no section called ${heading}`);
  return control;
}

/** The section a control opens and closes. */
function sectionOf(control: HTMLElement): HTMLDetailsElement {
  return control.getRootNode() instanceof ShadowRoot
    ? (control.getRootNode() as ShadowRoot).querySelector(`details[data-section="${control.dataset.section}"]`)!
    : control.closest('details')!;
}

const localLine: HelpResource = {
  name: 'Riverside Listening Line',
  description: 'A listening service run by trained volunteers.',
  phone: '+1 (555) 010-0199',
  sms: '555 0199',
  smsBody: 'TALK',
  url: 'https://listening.example.org',
  chatUrl: 'https://listening.example.org/chat',
  email: 'talk@listening.example.org',
  hours: 'Every evening, 6pm to midnight',
};

describe('<ask-for-help-card>', () => {
  describe('when a reader arrives', () => {
    let el: AskForHelpCard;
    beforeEach(async () => {
      el = await fixture<AskForHelpCard>(html`<ask-for-help-card></ask-for-help-card>`);
    });

    it("shows help first, then the essay's title as a heading of the same level, in English", async () => {
      const [help, title] = view(el).querySelectorAll('h2');
      expect(textOf(help)).to.equal('Talk to someone now');
      expect(textOf(title)).to.equal(essay.title.replace(/\s+/g, ' '));
      expect(title!.closest('[lang]')!.getAttribute('lang')).to.equal('en');
    });

    it('credits Marisa Donnelly and Thought Catalog, with a link to the original', () => {
      const byline = view(el).querySelector('[part="byline"]')!;
      expect(textOf(byline)).to.contain('Marisa Donnelly').and.contain('Thought Catalog').and.contain('February 2017');
      expect(byline.querySelector('a')!.href).to.equal(essay.sourceUrl);
    });

    it('carries all 20 paragraphs of the essay, verbatim and in order', () => {
      const paragraphs = [...view(el).querySelectorAll('.section-content p')].map((p) => p.textContent);
      expect(paragraphs).to.have.length(20);
      expect(paragraphs).to.deep.equal([...essay.paragraphs]);
    });

    it("groups the essay into sections with headings of the card's own, marked as such", () => {
      expect(essaySections.length).to.be.at.least(4);
      expect([...view(el).querySelectorAll('[part~="summary"]')].map(textOf)).to.deep.equal(sectionHeadings);
      expect(textOf(view(el).querySelector('.headings-note'))).to.contain('not part of the original essay');
    });

    it('puts the places to get help before the essay, so nobody has to read it first', () => {
      const help = view(el).querySelector('[part="help"]')!;
      const firstSection = details(el)[0];
      expect(help.compareDocumentPosition(firstSection) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
      expect(textOf(help)).to.contain('call your local emergency number');
    });

    it('shows the worldwide directories until the site gives its own list', () => {
      expect(resourceNames(el)).to.deep.equal(['Find A Helpline', 'Befrienders Worldwide']);
      expect(links(el)).to.deep.equal([
        { label: 'Visit website', href: 'https://findahelpline.com/' },
        { label: 'Visit website', href: 'https://befrienders.org/' },
      ]);
      expect(textOf(view(el).querySelector('.checked'))).to.equal('Details checked December 5, 2026.');
    });

    it('opens the first section and leaves the rest closed', () => {
      expect(details(el).map((d) => d.open)).to.deep.equal([true, false, false, false, false, false]);
    });

    it('exposes each section as a heading and as a collapsed or expanded control', async function () {
      const tree = await accessibilityTree(this);
      const headings = tree.filter((node) => node.role === 'heading');
      expect(headings.map((h) => [h.name, h.level])).to.deep.include.members([
        [essay.title, 2],
        ...sectionHeadings.map((heading) => [heading, 3]),
      ]);
      const controls = tree.filter((node) => node.expanded !== undefined && sectionHeadings.includes(node.name));
      expect(controls.map((c) => [c.name, c.expanded])).to.deep.equal(
        sectionHeadings.map((heading, index) => [heading, index === 0]),
      );
    });

    it("says each section's title once as it reads on: the heading holds the control that opens it", async function () {
      const tree = await accessibilityTree(this);
      const within = (index: number, ancestor: number): boolean => {
        for (let up = tree[index].parent; up !== undefined; up = tree[up].parent) if (up === ancestor) return true;
        return false;
      };
      for (const title of sectionHeadings) {
        const named = tree.flatMap((node, index) => (node.name === title ? [index] : []));
        const headings = named.filter((index) => tree[index].role === 'heading');
        expect(headings, title).to.have.length(1);
        const control = named.find((index) => tree[index].expanded !== undefined);
        expect(
          control !== undefined && within(control, headings[0]),
          `${title}: its control is in its heading`,
        ).to.equal(true);
        const elsewhere = named.filter((index) => index !== headings[0] && !within(index, headings[0]));
        expect(
          elsewhere.map((index) => tree[index].role),
          `${title}: said again outside its heading`,
        ).to.deep.equal([]);
      }
    });

    it('exposes each section as a heading and as a control named by it, to WebDriver', async function () {
      const roles = await computedRoles(this, 'ask-for-help-card', '.section-heading, [part~="summary"]');
      expect(roles.filter((_, index) => index % 2 === 0)).to.deep.equal(
        sectionHeadings.map((label) => ({ role: 'heading', label })),
      );
      expect(roles.filter((_, index) => index % 2 === 1).map((r) => r.label)).to.deep.equal(sectionHeadings);
    });

    it('passes an automated accessibility audit', async () => {
      await expect(el).to.be.accessible();
    });
  });

  describe('when a reader uses the keyboard', () => {
    let el: AskForHelpCard;
    beforeEach(async () => {
      el = await fixture<AskForHelpCard>(html`<ask-for-help-card></ask-for-help-card>`);
    });

    it("reaches a section's heading with Tab, opens it with Enter and closes it with Space", async () => {
      const control = controlOf(el, 'When it gets heavy');
      controlOf(el, 'Taught to stand alone').focus();
      await sendKeys({ press: 'Tab' });
      expect(view(el).activeElement).to.equal(control);

      const opened = oneEvent<SectionToggleEvent>(el, 'section-toggle');
      await sendKeys({ press: 'Enter' });
      const openEvent = await opened;
      expect(sectionOf(control)).to.have.property('open', true);
      expect(openEvent.sectionId).to.equal('heavy-days');
      expect(openEvent.open).to.equal(true);

      const closed = oneEvent<SectionToggleEvent>(el, 'section-toggle');
      await sendKeys({ press: ' ' });
      expect((await closed).open).to.equal(false);
      expect(sectionOf(control)).to.have.property('open', false);
    });

    it('shows where the focus is', async () => {
      controlOf(el, 'Taught to stand alone').focus();
      await sendKeys({ press: 'Tab' });
      const style = getComputedStyle(view(el).activeElement!);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    });
  });

  describe('when a section opens or closes', () => {
    afterEach(resetMedia);

    it('tells the page which one, in an event that crosses the shadow boundary', async () => {
      const el = await fixture<AskForHelpCard>(html`<ask-for-help-card></ask-for-help-card>`);
      const heard = oneEvent<SectionToggleEvent>(document.body, 'section-toggle');
      controlOf(el, 'A promise').click();
      const event = await heard;
      expect(event).to.be.instanceOf(SectionToggleEvent);
      expect(event.bubbles && event.composed).to.equal(true);
      expect([event.sectionId, event.heading, event.open]).to.deep.equal(['a-promise', 'A promise', true]);
    });

    it('stays quiet about the sections that were open from the start', async () => {
      const heard: SectionToggleEvent[] = [];
      document.addEventListener('section-toggle', (event) => heard.push(event));
      const el = await fixture<AskForHelpCard>(html`<ask-for-help-card open-sections="all"></ask-for-help-card>`);
      await settle(el);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(heard).to.deep.equal([]);
    });

    it('animates the opening only where the reader allows motion', async function () {
      const el = await fixture<AskForHelpCard>(html`<ask-for-help-card></ask-for-help-card>`);
      const promise = controlOf(el, 'A promise');
      const content = sectionOf(promise).querySelector('.section-content')!;
      await emulateMedia(this, { reducedMotion: 'reduce' });
      promise.click();
      await settle(el);
      expect(getComputedStyle(content).animationName).to.equal('none');
      await emulateMedia(this, { reducedMotion: 'no-preference' });
      expect(getComputedStyle(content).animationName).to.equal('reveal');
    });

    it('does not animate the sections that were open from the start', async function () {
      await emulateMedia(this, { reducedMotion: 'no-preference' });
      const el = await fixture<AskForHelpCard>(html`<ask-for-help-card></ask-for-help-card>`);
      expect(view(el).getAnimations()).to.deep.equal([]);
    });
  });

  describe('when the reader wants the whole essay at once', () => {
    let el: AskForHelpCard;
    let toggles: SectionToggleEvent[];
    beforeEach(async () => {
      el = await fixture<AskForHelpCard>(html`<ask-for-help-card></ask-for-help-card>`);
      toggles = [];
      el.addEventListener('section-toggle', (event) => toggles.push(event));
    });

    it('"Expand all" opens every section, then offers "Collapse all"', async () => {
      const button = view(el).querySelector<HTMLButtonElement>('[part="toggle-all"]')!;
      expect(textOf(button)).to.equal('Expand all');
      button.click();
      await settle(el);
      expect(details(el).every((d) => d.open)).to.equal(true);
      expect(textOf(button)).to.equal('Collapse all');
      expect(toggles.map((t) => t.sectionId)).to.deep.equal(essaySections.slice(1).map((s) => s.id));

      button.click();
      await settle(el);
      expect(details(el).some((d) => d.open)).to.equal(false);
      expect(textOf(button)).to.equal('Expand all');
    });

    it('does the same for a page through expandAll() and collapseAll()', async () => {
      el.expandAll();
      await settle(el);
      expect(details(el).every((d) => d.open)).to.equal(true);
      el.collapseAll();
      await settle(el);
      expect(details(el).some((d) => d.open)).to.equal(false);
      expect(toggles.filter((t) => !t.open)).to.have.length(essaySections.length);
    });

    it('can be asked before the card is on a page, and shows it when it arrives', async () => {
      const detached = document.createElement('ask-for-help-card');
      detached.expandAll();
      const el = await fixture<AskForHelpCard>(detached);
      expect(details(el).every((d) => d.open)).to.equal(true);
    });

    it('stays accessible with every section open', async () => {
      el.expandAll();
      await settle(el);
      await expect(el).to.be.accessible();
    });
  });

  describe('when the page sets which sections start open', () => {
    it('opens all, none, or the ones it names', async () => {
      const all = await fixture<AskForHelpCard>(html`<ask-for-help-card open-sections="all"></ask-for-help-card>`);
      expect(details(all).every((d) => d.open)).to.equal(true);
      const none = await fixture<AskForHelpCard>(html`<ask-for-help-card open-sections="none"></ask-for-help-card>`);
      expect(details(none).some((d) => d.open)).to.equal(false);
      const named = await fixture<AskForHelpCard>(
        html`<ask-for-help-card open-sections="strength a-promise"></ask-for-help-card>`,
      );
      expect(openSections(named)).to.deep.equal(['strength', 'a-promise']);
    });

    it('says which names it does not know, and opens the rest', async () => {
      await withWarnings(async (warnings) => {
        const el = await fixture<AskForHelpCard>(
          html`<ask-for-help-card open-sections="strength chapter-9"></ask-for-help-card>`,
        );
        expect(openSections(el)).to.deep.equal(['strength']);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.match(
          /^<ask-for-help-card>: open-sections names "chapter-9", which is not a section/,
        );
      });
    });
  });

  describe("when the card sits deeper in a page's outline", () => {
    it('starts its headings at the level the page asks for', async () => {
      const el = await fixture<AskForHelpCard>(html`<ask-for-help-card heading-level="3"></ask-for-help-card>`);
      expect([...view(el).querySelectorAll('h3')].map(textOf)).to.deep.equal([
        'Talk to someone now',
        essay.title.replace(/\s+/g, ' '),
      ]);
      expect([...view(el).querySelectorAll('h4')].map(textOf)).to.include.members([
        'Find A Helpline',
        'Reach out to someone you trust',
        ...sectionHeadings,
      ]);
    });

    it('keeps level 2 and says so when the level makes no sense', async () => {
      await withWarnings(async (warnings) => {
        const el = await fixture<AskForHelpCard>(html`<ask-for-help-card heading-level="h9"></ask-for-help-card>`);
        expect(view(el).querySelector('h2')).to.exist;
        expect(warnings.messages).to.deep.equal([
          '<ask-for-help-card>: heading-level "h9" is not a whole number from 1 to 5; using 2',
        ]);
      });
    });
  });

  describe('when a site gives its own places to get help', () => {
    it('takes them as JSON from the resources attribute', async () => {
      const el = await fixture<AskForHelpCard>(
        html`<ask-for-help-card resources=${JSON.stringify([localLine])}></ask-for-help-card>`,
      );
      expect(resourceNames(el)).to.deep.equal(['Riverside Listening Line']);
    });

    it('takes them as an array from the resources property', async () => {
      const el = await fixture<AskForHelpCard>(
        html`<ask-for-help-card .resources=${[localLine, { name: 'Second' }]}></ask-for-help-card>`,
      );
      expect(resourceNames(el)).to.deep.equal(['Riverside Listening Line', 'Second']);
      el.resources = [{ name: 'Replaced' }];
      await el.updateComplete;
      expect(resourceNames(el)).to.deep.equal(['Replaced']);
    });

    it("shows each place's name, description and hours, and one link per way to reach it", async () => {
      const el = await fixture<AskForHelpCard>(html`<ask-for-help-card .resources=${[localLine]}></ask-for-help-card>`);
      const resource = view(el).querySelector('[part="resource"]')!;
      expect(textOf(resource)).to.contain(localLine.description).and.contain('Hours: Every evening, 6pm to midnight');
      expect(links(el)).to.deep.equal([
        { label: 'Call +1 (555) 010-0199', href: 'tel:+15550100199' },
        { label: 'Text TALK to 555 0199', href: 'sms:5550199?&body=TALK' },
        { label: 'Chat online', href: 'https://listening.example.org/chat' },
        { label: 'Visit website', href: 'https://listening.example.org/' },
        { label: 'Email', href: 'mailto:talk@listening.example.org' },
      ]);
      expect(view(el).querySelector('.checked'), "the default list's check date").to.equal(null);
    });

    it('makes every link to help, and the emergency number, big enough for a thumb', async () => {
      const el = await fixture<AskForHelpCard>(
        html`<ask-for-help-card region="GB" .resources=${[localLine]}></ask-for-help-card>`,
      );
      for (const link of view(el).querySelectorAll('.resources a, .emergency a, .reach-out a, .reach-out button')) {
        const box = link.getBoundingClientRect();
        expect(box.width, textOf(link)).to.be.at.least(44);
        expect(box.height, textOf(link)).to.be.at.least(44);
      }
    });

    it("keeps the reader's page private when they follow a website", async () => {
      const el = await fixture<AskForHelpCard>(html`<ask-for-help-card .resources=${[localLine]}></ask-for-help-card>`);
      const website = view(el).querySelector<HTMLAnchorElement>('[part~="action-website"]')!;
      expect(website.rel).to.equal('noopener noreferrer');
      expect(website.referrerPolicy).to.equal('no-referrer');
    });

    it('stays accessible', async () => {
      const el = await fixture<AskForHelpCard>(
        html`<ask-for-help-card .resources=${[localLine, { name: 'Second', phone: '123' }]}></ask-for-help-card>`,
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('when a site gives something broken', () => {
    let warnings: ReturnType<typeof captureWarnings>;
    beforeEach(() => (warnings = captureWarnings()));
    afterEach(() => warnings.restore());

    async function cardWith(resources: string | unknown): Promise<AskForHelpCard> {
      return typeof resources === 'string'
        ? fixture<AskForHelpCard>(html`<ask-for-help-card resources=${resources}></ask-for-help-card>`)
        : fixture<AskForHelpCard>(
            html`<ask-for-help-card .resources=${resources as HelpResource[]}></ask-for-help-card>`,
          );
    }

    function expectEssayIntact(el: AskForHelpCard) {
      expect(view(el).querySelectorAll('.section-content p')).to.have.length(20);
    }

    it('reads malformed JSON as no list: the defaults stay and one warning says why', async () => {
      const el = await cardWith('[{"name": "Unclosed"');
      expectEssayIntact(el);
      expect(resourceNames(el)).to.deep.equal(['Find A Helpline', 'Befrienders Worldwide']);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.match(
        /^<ask-for-help-card>: 2 problems with its configuration:\n {2}resources attribute is not valid JSON \(.+\)\n {2}no usable resources; showing the default list$/,
      );
    });

    it('reads a non-array as no list', async () => {
      const el = await cardWith('{"name": "Not in a list"}');
      expectEssayIntact(el);
      expect(resourceNames(el)).to.deep.equal(['Find A Helpline', 'Befrienders Worldwide']);
      expect(warnings.messages[0]).to.contain('resources is an object, not an array');
    });

    it('drops an entry without a name and keeps the good ones', async () => {
      const el = await cardWith([{ phone: '123' }, { name: 'Good Line', phone: '456' }]);
      expect(resourceNames(el)).to.deep.equal(['Good Line']);
      expect(warnings.messages).to.deep.equal(['<ask-for-help-card>: resources[0].name is missing; entry dropped']);
    });

    it('drops a field of the wrong type and keeps the entry', async () => {
      const el = await cardWith([{ name: 'Typed Line', phone: 988, url: 'https://example.org' }]);
      expect(resourceNames(el)).to.deep.equal(['Typed Line']);
      expect(links(el)).to.deep.equal([{ label: 'Visit website', href: 'https://example.org/' }]);
      expect(warnings.messages).to.deep.equal([
        '<ask-for-help-card>: resources[0].phone is a number, not a string; field dropped',
      ]);
    });

    for (const [field, value] of [
      ['url', 'javascript:alert(document.domain)'],
      ['url', 'data:text/html,<script>alert(1)</script>'],
      ['chatUrl', 'vbscript:msgbox(1)'],
      ['url', '//evil.example/phish'],
    ] as const) {
      it(`never links ${field} ${JSON.stringify(value)}`, async () => {
        const el = await cardWith([{ name: 'Tricky Line', phone: '123', [field]: value }]);
        expectEssayIntact(el);
        expect(links(el)).to.deep.equal([{ label: 'Call 123', href: 'tel:123' }]);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.match(
          new RegExp(`^<ask-for-help-card>: resources\\[0\\]\\.${field} ".+" is not an http\\(s\\) URL; link dropped$`),
        );
      });
    }

    it('never lets an email address carry extra headers', async () => {
      const el = await cardWith([{ name: 'Mail Line', email: 'help@example.org?bcc=everyone@example.org' }]);
      expect(links(el)).to.deep.equal([]);
      expect(warnings.messages[0])
        .to.contain('resources[0].email')
        .and.contain('is not a single email address; link dropped');
    });

    it('renders markup in any field as plain text', async () => {
      const el = await cardWith([{ name: '<img src=x onerror="window.pwned=1">Line', description: '<b>bold</b>' }]);
      expect(view(el).querySelector('.resources img, .resources b')).to.equal(null);
      expect(resourceNames(el)).to.deep.equal(['<img src=x onerror="window.pwned=1">Line']);
      expect((window as unknown as { pwned?: number }).pwned).to.equal(undefined);
    });

    it('says everything wrong with one update in a single warning', async () => {
      await cardWith([{ name: 'A', url: 'javascript:1' }, { name: 'B', phone: [] }, {}]);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0].split('\n')).to.deep.equal([
        '<ask-for-help-card>: 3 problems with its configuration:',
        '  resources[0].url "javascript:1" is not an http(s) URL; link dropped',
        '  resources[1].phone is an array, not a string; field dropped',
        '  resources[2].name is missing; entry dropped',
      ]);
    });
  });
});
