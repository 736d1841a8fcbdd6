import { expect } from '@open-wc/testing';
import { en } from '../src/content/strings.js';
import { actionsFor } from '../src/model/actions.js';
import {
  checkConfiguration,
  DEFAULT_CONFIGURATION,
  givesOwnContent,
  loadSiteChecks,
  warningFor,
} from '../src/model/configuration.js';
import { placesToShow } from '../src/model/sheet-lines.js';

describe("the card's pure functions", () => {
  describe('actionsFor', () => {
    it('offers call, text, chat, website and email in that order, each a safe link', () => {
      const actions = actionsFor(
        {
          name: 'Line',
          email: 'help@example.org',
          url: 'https://example.org',
          chatUrl: 'https://example.org/chat',
          sms: '741741',
          smsBody: 'HOME',
          phone: '988',
        },
        en,
      );
      expect(actions.map((action) => [action.kind, action.href, action.label])).to.deep.equal([
        ['call', 'tel:988', 'Call 988'],
        ['text', 'sms:741741?&body=HOME', 'Text HOME to 741741'],
        ['chat', 'https://example.org/chat', 'Chat online'],
        ['website', 'https://example.org/', 'Visit website'],
        ['email', 'mailto:help@example.org', 'Email'],
      ]);
      expect(actions.filter((action) => action.external).map((action) => action.kind)).to.deep.equal([
        'chat',
        'website',
      ]);
    });

    it('leaves out a way that cannot be a safe link', () => {
      expect(actionsFor({ name: 'Line', url: 'javascript:alert(1)', phone: 'call us' }, en)).to.deep.equal([]);
    });
  });

  describe('checkConfiguration', () => {
    it('checks only what changed, keeps the rest, and lists every problem in one place', () => {
      const first = checkConfiguration({ region: 'GB', headingLevel: 9 }, new Set(['region', 'headingLevel']));
      expect([first.configuration.region, first.configuration.headingLevel]).to.deep.equal(['GB', 2]);
      expect(first.problems).to.deep.equal(['heading-level 9 is not a whole number from 1 to 5; using 2']);
      const second = checkConfiguration({ scheme: 'sepia' }, new Set(['scheme']), first.configuration);
      expect([second.configuration.region, second.configuration.scheme]).to.deep.equal(['GB', 'auto']);
    });

    it("knows a region from the site's own lines, once the checks for them have loaded", async () => {
      const settings = { region: 'SO', resources: [{ name: 'Local line', regions: ['SO'] }] };
      expect(givesOwnContent(settings)).to.equal(true);
      await loadSiteChecks();
      const { configuration, problems } = checkConfiguration(settings, new Set(['region', 'resources']));
      expect([configuration.region, problems]).to.deep.equal(['SO', []]);
    });

    it('needs the checks for a site’s own content only when a card is given some', () => {
      expect(givesOwnContent({ region: 'GB', strings: {} })).to.equal(false);
      expect(givesOwnContent({ strings: { helpHeading: 'Help' } })).to.equal(true);
      expect(givesOwnContent({ reachOutMessage: 'Hi' })).to.equal(true);
      expect(givesOwnContent({ resources: [] })).to.equal(true);
    });

    it('says one problem plainly and many as a list, the first ten of them', () => {
      expect(warningFor('ask-for-help-card', [])).to.equal(undefined);
      expect(warningFor('ask-for-help-card', ['a'])).to.equal('<ask-for-help-card>: a');
      const many = warningFor(
        'ask-for-help-card',
        Array.from({ length: 12 }, (_, i) => `p${i}`),
      )!.split('\n');
      expect([many[0], many.length, many.at(-1)]).to.deep.equal([
        '<ask-for-help-card>: 12 problems with its configuration:',
        12,
        '  …and 2 more',
      ]);
    });
  });

  describe('placesToShow', () => {
    const site = [{ name: 'Harbour Line', regions: ['US'] }];
    const names = (places: { name: string }[]) => places.map((place) => place.name);

    it("shows a region's default lines, then the directories", () => {
      expect(
        names(placesToShow({ ...DEFAULT_CONFIGURATION, keepDefaults: false, region: 'NZ' }, 'en', en)),
      ).to.deep.equal(['1737, Need to talk?', 'Find A Helpline', 'Befrienders Worldwide']);
    });

    it("shows the site's lines for the region, before the defaults when kept, else the directories", () => {
      expect(names(placesToShow({ siteResources: site, keepDefaults: false, region: 'US' }, 'en', en))).to.deep.equal([
        'Harbour Line',
      ]);
      expect(names(placesToShow({ siteResources: site, keepDefaults: true, region: 'US' }, 'en', en))).to.deep.equal([
        'Harbour Line',
        '988 Suicide & Crisis Lifeline',
        'Crisis Text Line',
        'Find A Helpline',
        'Befrienders Worldwide',
      ]);
      expect(names(placesToShow({ siteResources: site, keepDefaults: false, region: 'GB' }, 'en', en))).to.deep.equal([
        'Find A Helpline',
        'Befrienders Worldwide',
      ]);
    });
  });
});
