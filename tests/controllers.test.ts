import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LocaleController } from '../src/controllers/locale-controller.js';
import { RegionController } from '../src/controllers/region-controller.js';
import { SectionsController } from '../src/controllers/sections-controller.js';
import { guessRegion } from '../src/model/regions.js';
import { SectionToggleEvent } from '../src/events.js';

/** A bare element that holds the three controllers, so each is seen working alone. */
class ControllerHost extends LitElement {
  readonly locale = new LocaleController(this);
  readonly region = new RegionController(this);
  readonly sections = new SectionsController(this);
  renders = 0;

  protected override render() {
    this.renders++;
    return html`${['standing-alone', 'heavy-days'].map(
      (
        id,
      ) => html`<details data-section=${id} ?open=${this.sections.isOpen(id as never)} @toggle=${this.sections.onToggle}>
        <summary>${id}</summary>
      </details>`,
    )}`;
  }
}
customElements.define('controller-host', ControllerHost);

const settle = async (host: ControllerHost) => {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await host.updateComplete;
};

describe("the card's controllers", () => {
  describe('the locale controller', () => {
    it('reads the nearest lang, loads its words, and asks for an update when it changes', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang="es-MX"><controller-host></controller-host></div>`);
      const host = wrapper.querySelector<ControllerHost>('controller-host')!;
      await host.locale.ready();
      expect([host.locale.lang, host.locale.language, host.locale.ready()]).to.deep.equal(['es-MX', 'es', undefined]);
      expect(host.locale.data.strings.helpHeading).to.equal('Habla con alguien ahora');
      const renders = host.renders;
      wrapper.lang = 'de';
      await settle(host);
      expect([host.locale.lang, host.locale.language, host.renders > renders]).to.deep.equal(['de', 'en', true]);
    });

    it('does not update a card whose language did not change', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="fr"><p lang="en"></p><controller-host></controller-host></div>`,
      );
      const host = wrapper.querySelector<ControllerHost>('controller-host')!;
      const renders = host.renders;
      wrapper.querySelector('p')!.lang = 'es';
      await settle(host);
      expect(host.renders).to.equal(renders);
    });
  });

  describe('the region controller', () => {
    it("shows the page's region until the reader chooses, and the page's next one over that choice", async () => {
      const host = await fixture<ControllerHost>(html`<controller-host></controller-host>`);
      host.region.request('GB');
      expect(host.region.shown).to.equal('GB');
      host.region.choose('');
      expect(host.region.shown).to.equal(undefined);
      host.region.request('GB', { keepChoice: true });
      expect(host.region.shown).to.equal(undefined);
      host.region.request('IE');
      expect(host.region.shown).to.equal('IE');
    });

    it("guesses auto from this device's time zone", async () => {
      const host = await fixture<ControllerHost>(html`<controller-host></controller-host>`);
      host.region.request('auto');
      expect(host.region.shown).to.equal(guessRegion());
    });
  });

  describe('the sections controller', () => {
    it('follows a section the reader opens, and announces it', async () => {
      const host = await fixture<ControllerHost>(html`<controller-host></controller-host>`);
      const heard: SectionToggleEvent[] = [];
      host.addEventListener('section-toggle', (event) => heard.push(event));
      // The toggle comes in a task of its own, after the DOM changes: wait for what it announces.
      const announced = oneEvent(host, 'section-toggle');
      host.renderRoot.querySelectorAll('details')[1].open = true;
      await announced;
      await settle(host);
      expect(host.sections.isOpen('heavy-days')).to.equal(true);
      expect(heard.map((event) => [event.sectionId, event.open])).to.deep.equal([['heavy-days', true]]);
    });

    it("opens every section when asked before the first render, and keeps that over the page's default", async () => {
      const host = document.createElement('controller-host') as ControllerHost;
      host.sections.setAllOpen(true);
      host.sections.request(new Set(['standing-alone']));
      await fixture(host);
      expect([...host.renderRoot.querySelectorAll('details')].map((details) => details.open)).to.deep.equal([
        true,
        true,
      ]);
    });

    it('carries over what a prerendered reader opened', async () => {
      const host = document.createElement('controller-host') as ControllerHost;
      host.innerHTML =
        '<article class="card"><details data-section="standing-alone"></details><details data-section="heavy-days" open></details></article>';
      host.sections.adoptPrerendered(document.createElement('div'));
      host.sections.request(new Set(['standing-alone']));
      await fixture(host);
      expect([host.sections.isOpen('standing-alone'), host.sections.isOpen('heavy-days')]).to.deep.equal([false, true]);
    });
  });
});
