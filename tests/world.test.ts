import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import ct from 'countries-and-timezones';
import '../src/index.js';
import type { AskForHelpCard } from '../src/index.js';
import { guessRegion } from '../src/model/regions.js';
import { withWarnings, skipBecause, textOf, view } from './support/helpers.js';

/** The repository's copy of the upstream sheet, as the test server serves it. */
interface SheetService {
  name: string;
  regions: string[];
  phone?: string;
  sms?: string;
  smsBody?: string;
  url?: string;
  hours?: string;
  languages?: string[];
  description: Record<Language, string>;
}
interface Sheet {
  resources: SheetService[];
  emergencyNumbers: Record<string, string>;
}
type Language = 'en' | 'es' | 'fr';

const sheet: Sheet = await (await fetch('/content/help-resources.json')).json();
const EU_MEMBERS = 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' ');
const sheetRegions = [
  ...new Set([...sheet.resources.flatMap((s) => s.regions), ...Object.keys(sheet.emergencyNumbers)]),
]
  .filter((code) => code !== 'EU')
  .sort();
const worldwide = sheet.resources.filter((service) => service.regions.length === 0);

/** How each language says the sheet's hours: the label, "24/7", "… daily", and every other form. */
const HOURS: Record<Language, { label: string; always: string; daily: (times: string) => string }> = {
  en: { label: 'Hours: ', always: '24/7', daily: (times) => `${times} daily` },
  es: { label: 'Horario: ', always: 'las 24 horas, todos los días', daily: (times) => `${times}, todos los días` },
  fr: { label: 'Horaires\u202f: ', always: '24\u00a0h/24, 7\u00a0j/7', daily: (times) => `${times}, tous les jours` },
};
const OTHER_HOURS: Record<string, Record<Language, string>> = {
  '08:00–20:00': { en: '08:00–20:00', es: '08:00–20:00', fr: '08:00–20:00' },
  '14:00–22:00 Mon–Fri; 09:00–16:00 Sat': {
    en: '14:00–22:00, Monday to Friday; 09:00–16:00 on Saturdays',
    es: '14:00–22:00, de lunes a viernes; 09:00–16:00, cada sábado',
    fr: '14:00–22:00, du lundi au vendredi\u202f; 09:00–16:00, le samedi',
  },
  '09:00–20:00 Mon–Fri': {
    en: '09:00–20:00, Monday to Friday',
    es: '09:00–20:00, de lunes a viernes',
    fr: '09:00–20:00, du lundi au vendredi',
  },
  '24 hours Mon–Fri, except public holidays': {
    en: '24 hours, Monday to Friday, except public holidays',
    es: '24 horas, de lunes a viernes, excepto festivos',
    fr: '24\u00a0h/24, du lundi au vendredi, sauf jours fériés',
  },
};

/** The sheet's hours as a card in `language` says them; a form this test does not know fails it. */
function hoursIn(hours: string, language: Language): string {
  if (hours === '24/7') return HOURS[language].always;
  const daily = /^(\d\d:\d\d–\d\d:\d\d) daily$/.exec(hours);
  if (daily) return HOURS[language].daily(daily[1]);
  if (Object.hasOwn(OTHER_HOURS, hours)) return OTHER_HOURS[hours][language];
  throw new Error(`the sheet has hours this test cannot say: ${hours}`);
}

/** English words of the sheet's hours, none of which a Spanish or French reader should meet. */
const ENGLISH_HOURS = /\b(daily|hours|Mon|Tue|Wed|Thu|Fri|Sat|Sun|[A-Z][a-z]+days?|except|holidays?|public)\b/;

/** The button that calls the emergency number, in each language. */
const CALL: Record<Language, (number: string) => string> = {
  en: (number) => `Call ${number}`,
  es: (number) => `Llamar al ${number}`,
  fr: (number) => `Appeler le ${number}`,
};

/** What the emergency step says where the sheet has no emergency number for the region. */
const LOCAL_NUMBER: Record<Language, string> = {
  en: 'If you are in immediate danger, call your local emergency number.',
  es: 'Si estás en peligro inmediato, llama al número de emergencias de tu zona.',
  fr: 'Si vous êtes en danger immédiat, appelez le numéro d’urgence local.',
};

/** Text with its white space folded, as `textOf` reads the card. */
const folded = (text: string) => text.replace(/\s+/g, ' ');

/** A number as a phone dials it: the digits, `*`, `#` and a leading `+` of what the sheet writes. */
const dialled = (number: string) => number.replace(/[^\d*#+]/g, '').replaceAll('#', '%23');

/** What a reader sees of one service in the card. */
function shownServices(el: AskForHelpCard) {
  return [...view(el).querySelectorAll('[part="resource"]')].map((item) => ({
    name: textOf(item.querySelector('[part="resource-name"]')),
    description: item.querySelector('.description')?.textContent,
    descriptionLang: item.querySelector('.description')?.getAttribute('lang'),
    meta: textOf(item.querySelector('.meta')),
    links: [...item.querySelectorAll('a')].map((a) => a.getAttribute('href')),
  }));
}

async function cardFor(region: string, lang: Language): Promise<AskForHelpCard> {
  return fixture<AskForHelpCard>(html`<ask-for-help-card region=${region} lang=${lang}></ask-for-help-card>`);
}

describe('help for the whole world', () => {
  it('knows every region of the sheet: 143 with an emergency number, and Tanzania and Fiji with lines alone', () => {
    expect(sheetRegions).to.have.length(145);
    expect(Object.keys(sheet.emergencyNumbers).filter((code) => code !== 'EU')).to.have.length(143);
    expect(sheet.resources).to.have.length(90);
  });

  it('says every form of hours in the sheet in English, Spanish and French', () => {
    const forms = new Set(sheet.resources.flatMap((service) => service.hours ?? []));
    expect(forms.size).to.be.at.least(12);
    for (const hours of forms)
      for (const lang of ['en', 'es', 'fr'] as const) expect(hoursIn(hours, lang)).to.be.a('string');
  });

  for (const region of sheetRegions) {
    describe(`for a reader in ${region}`, () => {
      const services = [...sheet.resources.filter((s) => s.regions.includes(region)), ...worldwide];
      const emergency =
        sheet.emergencyNumbers[region] ?? (EU_MEMBERS.includes(region) ? sheet.emergencyNumbers.EU : undefined);

      it(`shows exactly its lines, numbers as links, hours and emergency number ${emergency}, in English, Spanish and French`, async () => {
        for (const lang of ['en', 'es', 'fr'] as const) {
          const el = await cardFor(region, lang);
          const shown = shownServices(el);
          expect(
            shown.map((s) => s.name),
            lang,
          ).to.deep.equal(services.map((s) => s.name));
          services.forEach((service, index) => {
            const seen = shown[index];
            expect(seen.description, `${service.name} in ${lang}`).to.equal(service.description[lang]);
            expect(seen.descriptionLang, `${service.name} in ${lang}`).to.equal(lang);
            if (service.phone) expect(seen.links, service.name).to.include(`tel:${dialled(service.phone)}`);
            if (service.sms) {
              const body = service.smsBody ? `?&body=${service.smsBody}` : '';
              expect(seen.links, service.name).to.include(`sms:${dialled(service.sms)}${body}`);
            }
            if (service.url)
              expect(
                seen.links.some((href) => href?.startsWith(service.url!)),
                service.name,
              ).to.equal(true);
            if (service.hours)
              expect(seen.meta, service.name).to.contain(folded(HOURS[lang].label + hoursIn(service.hours, lang)));
            else expect(seen.meta, service.name).not.to.contain(folded(HOURS[lang].label));
            if (lang !== 'en') expect(seen.meta, `${service.name} in ${lang}`).not.to.match(ENGLISH_HOURS);
          });
          const call = view(el).querySelector('[part="emergency-call"]');
          if (emergency) {
            expect(call?.getAttribute('href'), lang).to.equal(`tel:${dialled(emergency)}`);
            expect(textOf(call), lang).to.equal(CALL[lang](emergency));
          } else {
            expect(call, lang).to.equal(null);
            expect(textOf(view(el).querySelector('[part="emergency"]')), lang).to.equal(LOCAL_NUMBER[lang]);
          }
          // Every link of the card dials or opens a line of this region or a worldwide directory.
          const allowed = new Set([
            ...services.flatMap((s) => [s.phone, s.sms].filter(Boolean).map((n) => dialled(n!))),
            ...(emergency ? [dialled(emergency)] : []),
          ]);
          for (const link of view(el).querySelectorAll<HTMLAnchorElement>('a[href^="tel:"], a[href^="sms:"]')) {
            const number = /^(?:tel|sms):([^?]*)/.exec(link.getAttribute('href')!)![1];
            if (number) expect(allowed, `${lang}: ${link.getAttribute('href')}`).to.include(number);
          }
          const picker = view(el).querySelector('select')!;
          expect(picker.value, lang).to.equal(region);
        }
      });
    });
  }

  describe('when the site names a region as people write it', () => {
    it('reads UK as the United Kingdom: Samaritans, Shout and 999', async () => {
      const el = await fixture<AskForHelpCard>(html`<ask-for-help-card region="UK"></ask-for-help-card>`);
      expect(
        shownServices(el)
          .map((s) => s.name)
          .slice(0, 2),
      ).to.deep.equal(['Samaritans', 'Shout 85258']);
      expect(view(el).querySelector('[part="emergency-call"]')!.getAttribute('href')).to.equal('tel:999');
      expect(view(el).querySelector('select')!.selectedOptions[0].textContent).to.equal('United Kingdom');
    });

    it('warns once about a code the sheet does not know, and names no region', async () => {
      await withWarnings(async (warnings) => {
        const el = await fixture<AskForHelpCard>(html`<ask-for-help-card region="ZZ"></ask-for-help-card>`);
        expect(shownServices(el).map((s) => s.name)).to.deep.equal(worldwide.map((s) => s.name));
        expect(textOf(view(el).querySelector('[part="emergency"]'))).to.equal(
          'If you are in immediate danger, call your local emergency number.',
        );
        expect(warnings.messages).to.deep.equal([
          '<ask-for-help-card>: region "ZZ" is not a region the card has help for; showing worldwide help',
        ]);
      });
    });
  });

  for (const [region, name, number] of [
    ['CO', 'Colombia', '123'],
    ['TR', 'Türkiye', '112'],
    ['NG', 'Nigeria', '112'],
    ['BD', 'Bangladesh', '999'],
    ['SA', 'Saudi Arabia', '997'],
    ['OM', 'Oman', '9999'],
    ['AD', 'Andorra', '116'],
    ['MC', 'Monaco', '18'],
    ['BS', 'Bahamas', '919'],
    ['AE', 'United Arab Emirates', '998'],
  ]) {
    describe(`for a reader in ${name}, where the sheet has an emergency number and no line`, () => {
      it(`offers the region, the emergency step with ${number}, and the worldwide directories`, async () => {
        const el = await fixture<AskForHelpCard>(html`<ask-for-help-card region=${region}></ask-for-help-card>`);
        expect(view(el).querySelector('select')!.selectedOptions[0].textContent).to.equal(name);
        const call = view(el).querySelector('[part="emergency-call"]');
        expect([textOf(call), call?.getAttribute('href')]).to.deep.equal([`Call ${number}`, `tel:${number}`]);
        expect(shownServices(el).map((s) => s.name)).to.deep.equal(['Find A Helpline', 'Befrienders Worldwide']);
      });
    });
  }

  /** What each kind of region says, in each language: its landmark's name, and the announcement when chosen. */
  const KINDS: { kind: string; region: string; said: Record<Language, [landmark: string, announcement: string]> }[] = [
    {
      kind: 'lines and an emergency number',
      region: 'GB',
      said: {
        en: ['Talk to someone now United Kingdom', 'Showing help for United Kingdom. In immediate danger, call 999.'],
        es: [
          'Habla con alguien ahora Reino Unido',
          'Se muestra ayuda para Reino Unido. En peligro inmediato, llama al 999.',
        ],
        fr: [
          'Parler à quelqu’un maintenant Royaume-Uni',
          'Aide affichée pour : Royaume-Uni. En cas de danger immédiat, appelez le 999.',
        ],
      },
    },
    {
      kind: 'an emergency number and no line',
      region: 'TR',
      said: {
        en: ['Talk to someone now Türkiye', 'Showing help for Türkiye. In immediate danger, call 112.'],
        es: ['Habla con alguien ahora Turquía', 'Se muestra ayuda para Turquía. En peligro inmediato, llama al 112.'],
        fr: [
          'Parler à quelqu’un maintenant Turquie',
          'Aide affichée pour : Turquie. En cas de danger immédiat, appelez le 112.',
        ],
      },
    },
    {
      kind: 'lines and no emergency number',
      region: 'TZ',
      said: {
        en: [
          'Talk to someone now Tanzania',
          'Showing help for Tanzania. If you are in immediate danger, call your local emergency number.',
        ],
        es: [
          'Habla con alguien ahora Tanzania',
          'Se muestra ayuda para Tanzania. Si estás en peligro inmediato, llama al número de emergencias de tu zona.',
        ],
        fr: [
          'Parler à quelqu’un maintenant Tanzanie',
          'Aide affichée pour : Tanzanie. Si vous êtes en danger immédiat, appelez le numéro d’urgence local.',
        ],
      },
    },
  ];

  for (const { kind, region, said } of KINDS) {
    describe(`where a region has ${kind} (${region})`, () => {
      for (const lang of ['en', 'es', 'fr'] as const) {
        it(`names the help landmark by the region, and says it and the emergency step when chosen, in ${lang}`, async () => {
          const el = await cardFor('', lang);
          const select = view(el).querySelector('select')!;
          select.focus();
          select.value = region;
          select.dispatchEvent(new Event('change'));
          await el.updateComplete;
          const help = view(el).querySelector('[part="help"]')!;
          const landmark = help
            .getAttribute('aria-labelledby')!
            .split(' ')
            .map((id) => textOf(view(el).getElementById(id)))
            .join(' ');
          expect(landmark).to.equal(said[lang][0]);
          const status = view(el).querySelector('[role="status"]')!;
          await waitUntil(() => textOf(status) !== '', 'the status region speaks');
          expect(textOf(status)).to.equal(said[lang][1]);
        });
      }
    });
  }

  describe('in Chile', () => {
    it('dials the line as written, star included', async () => {
      const el = await fixture<AskForHelpCard>(html`<ask-for-help-card region="CL"></ask-for-help-card>`);
      expect(shownServices(el)[0].links).to.deep.equal(['tel:*4141']);
    });
  });

  describe('where a service is named in another script', () => {
    it('marks the name with its language, so the browser picks a font made for it', async () => {
      const japan = await fixture<AskForHelpCard>(html`<ask-for-help-card region="JP"></ask-for-help-card>`);
      const names = [...view(japan).querySelectorAll('[part="resource-name"]')];
      expect(names.map((name) => [textOf(name), name.getAttribute('lang')]).slice(0, 2)).to.deep.equal([
        ['よりそいホットライン', 'ja-JP'],
        ['自殺予防いのちの電話', 'ja-JP'],
      ]);
      const korea = await fixture<AskForHelpCard>(html`<ask-for-help-card region="KR"></ask-for-help-card>`);
      expect(view(korea).querySelector('[part="resource-name"]')!.getAttribute('lang')).to.equal('ko-KR');
      expect(view(korea).querySelectorAll('[part="resource-name"]')[1].hasAttribute('lang')).to.equal(false);
    });

    it('tells Traditional Chinese from Simplified by the region, and marks a Thai name', async () => {
      const firstName = async (region: string) => {
        const el = await fixture<AskForHelpCard>(html`<ask-for-help-card region=${region}></ask-for-help-card>`);
        const name = view(el).querySelector('[part="resource-name"]')!;
        return [textOf(name), name.getAttribute('lang')];
      };
      expect(await firstName('TW')).to.deep.equal(['1925 安心專線', 'zh-TW']);
      expect(await firstName('HK')).to.deep.equal(['情緒通 18111 – Mental Health Support Hotline', 'zh-HK']);
      expect(await firstName('CN')).to.deep.equal(['12356 心理援助热线', 'zh-CN']);
      expect(await firstName('TH')).to.deep.equal(['สายด่วนสุขภาพจิต 1323', 'th-TH']);
      expect(await firstName('UA')).to.deep.equal(['Lifeline Ukraine', null]);
    });

    it('marks Persian, Bulgarian, Russian and Vietnamese names, and sets the Persian one right to left', async () => {
      const firstName = async (region: string) => {
        const el = await fixture<AskForHelpCard>(html`<ask-for-help-card region=${region}></ask-for-help-card>`);
        const name = view(el).querySelector<HTMLElement>('[part="resource-name"]')!;
        return [textOf(name), name.getAttribute('lang'), getComputedStyle(name).direction];
      };
      expect(await firstName('IR')).to.deep.equal(['اورژانس اجتماعی', 'fa-IR', 'rtl']);
      expect(await firstName('BG')).to.deep.equal(['Национална телефонна линия за деца', 'bg-BG', 'ltr']);
      // "Телефон доверия" is Russian, though the line's languages name Kazakh first.
      expect(await firstName('KZ')).to.deep.equal(['Телефон доверия 150', 'ru-KZ', 'ltr']);
      expect(await firstName('VN')).to.deep.equal(['Tổng đài quốc gia bảo vệ trẻ em 111', 'vi', 'ltr']);
      expect(await firstName('MX')).to.deep.equal(['Línea de la Vida', 'es', 'ltr']);
      // A name in plain letters may be English: it is left unmarked.
      expect(await firstName('GH')).to.deep.equal(['Mental Health Authority psychosocial support line', null, 'ltr']);
    });

    it('dials numbers shaped unlike 112 exactly as the sheet writes them', async () => {
      const links = async (region: string) => {
        const el = await fixture<AskForHelpCard>(html`<ask-for-help-card region=${region}></ask-for-help-card>`);
        return [...view(el).querySelectorAll('a[href^="tel:"]')].map((a) => [textOf(a), a.getAttribute('href')]);
      };
      expect((await links('LT')).slice(0, 3)).to.deep.equal([
        ['Call 112', 'tel:112'],
        ['Call 116 123', 'tel:116123'],
        ['Call 0 800 28888', 'tel:080028888'],
      ]);
      expect((await links('OM'))[0]).to.deep.equal(['Call 9999', 'tel:9999']);
      expect((await links('AD'))[0]).to.deep.equal(['Call 116', 'tel:116']);
      expect((await links('MC'))[0]).to.deep.equal(['Call 18', 'tel:18']);
      expect((await links('FJ'))[0]).to.deep.equal(['Call 1543', 'tel:1543']);
    });
  });

  describe('where a site brings its own lines', () => {
    it("shows their descriptions in the page's language, marked with no language of the card's", async () => {
      const resources = [{ name: 'Línea local', description: 'Atención local.', regions: ['MX'] }];
      const el = await fixture<AskForHelpCard>(
        html`<ask-for-help-card lang="es" region="MX" .resources=${resources}></ask-for-help-card>`,
      );
      expect(shownServices(el)[0]).to.include({ description: 'Atención local.', descriptionLang: null });
    });
  });

  for (const lang of ['es', 'fr']) {
    describe(`on a ${lang === 'es' ? 'Spanish' : 'French'} page`, () => {
      it("passes an automated accessibility audit with the region's lines in that language", async () => {
        const el = await cardFor(lang === 'es' ? 'MX' : 'FR', lang as Language);
        await expect(el).to.be.accessible();
      });
    });
  }
});

describe("guessing the reader's region from the time zone alone", () => {
  /**
   * A zone as a browser reports a device set to it: in the engine's canonical form (a device set
   * to US/Eastern reports America/New_York). A name the engine does not know is left as it is.
   */
  const reported = (zone: string) => {
    try {
      return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
    } catch {
      return zone;
    }
  };

  // [time zone the device reports, the region guessed]
  const ZONES: [string, string][] = [
    ['America/New_York', 'US'],
    ['America/Chicago', 'US'],
    ['America/Denver', 'US'],
    ['America/Los_Angeles', 'US'],
    ['America/Phoenix', 'US'],
    ['America/Anchorage', 'US'],
    ['Pacific/Honolulu', 'US'],
    ['America/Indianapolis', 'US'],
    ['America/Indiana/Indianapolis', 'US'],
    ['America/Louisville', 'US'],
    ['America/Kentucky/Louisville', 'US'],
    ['America/Indiana/Knox', 'US'],
    ['America/Detroit', 'US'],
    ['America/Boise', 'US'],
    ['US/Eastern', 'US'],
    ['US/Pacific', 'US'],
    ['America/Toronto', 'CA'],
    ['America/Vancouver', 'CA'],
    ['America/Montreal', 'CA'],
    ['America/Swift_Current', 'CA'],
    ['America/Regina', 'CA'],
    ['America/St_Johns', 'CA'],
    ['America/Halifax', 'CA'],
    ['America/Winnipeg', 'CA'],
    ['America/Edmonton', 'CA'],
    ['Europe/London', 'GB'],
    ['Europe/Belfast', 'GB'],
    ['GB', 'GB'],
    ['Europe/Dublin', 'IE'],
    ['Eire', 'IE'],
    ['Australia/Sydney', 'AU'],
    ['Australia/Perth', 'AU'],
    ['Australia/ACT', 'AU'],
    ['Antarctica/Macquarie', 'AU'],
    ['Pacific/Auckland', 'NZ'],
    ['NZ', 'NZ'],
    ['Europe/Madrid', 'ES'],
    ['Atlantic/Canary', 'ES'],
    ['Africa/Ceuta', 'ES'],
    ['America/Mexico_City', 'MX'],
    ['America/Tijuana', 'MX'],
    ['Mexico/General', 'MX'],
    ['America/Argentina/Buenos_Aires', 'AR'],
    ['America/Buenos_Aires', 'AR'],
    ['America/Bogota', 'CO'],
    ['America/Santiago', 'CL'],
    ['Chile/Continental', 'CL'],
    ['America/Lima', 'PE'],
    ['Europe/Paris', 'FR'],
    ['Europe/Brussels', 'BE'],
    ['Europe/Zurich', 'CH'],
    ['Europe/Vaduz', 'LI'],
    ['Europe/Luxembourg', 'LU'],
    ['Asia/Kolkata', 'IN'],
    ['Asia/Calcutta', 'IN'],
    ['Asia/Manila', 'PH'],
    ['Africa/Johannesburg', 'ZA'],
    ['Asia/Singapore', 'SG'],
    ['Singapore', 'SG'],
    ['Asia/Kuala_Lumpur', 'MY'],
    ['Asia/Kuching', 'MY'],
    ['Africa/Nairobi', 'KE'],
    ['Europe/Berlin', 'DE'],
    ['Europe/Busingen', 'DE'],
    ['Europe/Vienna', 'AT'],
    ['Europe/Amsterdam', 'NL'],
    ['Europe/Rome', 'IT'],
    ['Europe/Lisbon', 'PT'],
    ['Atlantic/Azores', 'PT'],
    ['Portugal', 'PT'],
    ['America/Sao_Paulo', 'BR'],
    ['Brazil/East', 'BR'],
    ['Asia/Tokyo', 'JP'],
    ['Japan', 'JP'],
    ['Asia/Seoul', 'KR'],
    ['ROK', 'KR'],
    ['Europe/Stockholm', 'SE'],
    ['Europe/Oslo', 'NO'],
    ['Europe/Copenhagen', 'DK'],
    ['Europe/Helsinki', 'FI'],
    ['Europe/Warsaw', 'PL'],
    ['Poland', 'PL'],
    ['Europe/Prague', 'CZ'],
    ['Europe/Athens', 'GR'],
    ['Europe/Kyiv', 'UA'],
    ['Europe/Kiev', 'UA'],
    ['Europe/Uzhgorod', 'UA'],
    ['Asia/Hong_Kong', 'HK'],
    ['Hongkong', 'HK'],
    ['Asia/Jerusalem', 'IL'],
    ['Asia/Tel_Aviv', 'IL'],
    ['Israel', 'IL'],
    ['America/Montevideo', 'UY'],
    ['Atlantic/Reykjavik', 'IS'],
    ['Iceland', 'IS'],
    ['America/Puerto_Rico', 'PR'],
    ['Asia/Kathmandu', 'NP'],
    ['Asia/Katmandu', 'NP'],
    ['Europe/Vilnius', 'LT'],
    ['Asia/Dubai', 'AE'],
    ['Asia/Taipei', 'TW'],
    ['ROC', 'TW'],
    ['Asia/Shanghai', 'CN'],
    ['PRC', 'CN'],
    ['Asia/Urumqi', 'CN'],
    ['Asia/Bangkok', 'TH'],
    ['Asia/Jakarta', 'ID'],
    ['Asia/Colombo', 'LK'],
    ['Asia/Qatar', 'QA'],
    ['Asia/Beirut', 'LB'],
    ['America/Guayaquil', 'EC'],
    ['Pacific/Galapagos', 'EC'],
    ['America/Costa_Rica', 'CR'],
    ['America/Panama', 'PA'],
    ['America/Santo_Domingo', 'DO'],
    ['America/Port_of_Spain', 'TT'],
    ['America/Jamaica', 'JM'],
    ['Jamaica', 'JM'],
    ['Europe/Belgrade', 'RS'],
    ['Europe/Ljubljana', 'SI'],
    ['Europe/Bratislava', 'SK'],
    ['Europe/Tallinn', 'EE'],
    ['Europe/Riga', 'LV'],
    ['Europe/Malta', 'MT'],
    ['Europe/Budapest', 'HU'],
    ['Europe/Istanbul', 'TR'],
    ['Asia/Istanbul', 'TR'],
    ['Turkey', 'TR'],
    ['Africa/Lagos', 'NG'],
    ['Asia/Dhaka', 'BD'],
    ['Asia/Dacca', 'BD'],
    ['Asia/Tehran', 'IR'],
    ['Iran', 'IR'],
    ['Asia/Riyadh', 'SA'],
    ['Europe/Moscow', 'RU'],
    ['W-SU', 'RU'],
    ['Asia/Vladivostok', 'RU'],
    ['Europe/Kaliningrad', 'RU'],
    ['Asia/Saigon', 'VN'],
    ['Asia/Ho_Chi_Minh', 'VN'],
    ['America/Asuncion', 'PY'],
    ['America/Tegucigalpa', 'HN'],
    ['Europe/Vilnius', 'LT'],
    ['Europe/Gibraltar', 'GI'],
    ['Pacific/Tahiti', 'PF'],
    ['Africa/Dar_es_Salaam', 'TZ'],
    ['Pacific/Fiji', 'FJ'],
    ['Asia/Muscat', 'OM'],
    ['Africa/Cairo', 'EG'],
    ['Egypt', 'EG'],
    ['Africa/Accra', 'GH'],
    ['Asia/Almaty', 'KZ'],
    ['Asia/Qostanay', 'KZ'],
    ['Europe/Sofia', 'BG'],
    ['Europe/Zagreb', 'HR'],
    ['Europe/Sarajevo', 'BA'],
    ['Europe/Monaco', 'MC'],
    ['Europe/Andorra', 'AD'],
    ['America/Nassau', 'BS'],
    ['America/El_Salvador', 'SV'],
    ['Europe/Tirane', 'AL'],
    ['Asia/Baghdad', 'IQ'],
    ['Asia/Amman', 'JO'],
    ['Asia/Gaza', 'PS'],
    ['Asia/Tashkent', 'UZ'],
    ['Africa/Casablanca', 'MA'],
    ['Africa/Tunis', 'TN'],
    ['Africa/Kigali', 'RW'],
    ['Indian/Reunion', 'RE'],
    ['Pacific/Guam', 'GU'],
    ['America/Havana', 'CU'],
    ['Cuba', 'CU'],
    ['America/Caracas', 'VE'],
    ['Asia/Macau', 'MO'],
  ];

  // Zones of no country the card knows, or of no country at all: no region.
  const NO_REGION: (string | undefined)[] = [
    'Etc/UTC',
    'UTC',
    'Etc/GMT',
    'Etc/GMT+5',
    'GMT',
    'CET',
    'EST5EDT',
    'Arctic/Longyearbyen',
    // Uganda, Pakistan, North Korea: no confirmed line and no confirmed national ambulance number.
    'Africa/Kampala',
    'Asia/Karachi',
    'Asia/Pyongyang',
    // Zones IANA now links to another country's: each names its own country, or none.
    'America/Antigua',
    'Africa/Luanda',
    // Crimea: tzdata lists it under two countries, and a wrong guess is worse than none.
    'Europe/Simferopol',
    'Mars/Olympus_Mons',
    '',
    undefined,
  ];

  it(`guesses each of ${ZONES.length} zones right, as the device reports them, whatever the browser's languages`, () => {
    expect(ZONES.length).to.be.at.least(120);
    for (const [zone, region] of ZONES) expect(guessRegion(reported(zone)), zone).to.equal(region);
  });

  it(`gives no region for ${NO_REGION.length} zones of no country the card has help for`, () => {
    for (const zone of NO_REGION) expect(guessRegion(zone), String(zone)).to.equal(undefined);
  });

  it("keeps a zone IANA links to another country's zone apart from it, as a device reports it", () => {
    // A Kampala device read as Nairobi would show a Ugandan reader Kenya's lines as theirs.
    for (const [zone, region] of [
      ['Africa/Kampala', undefined],
      ['Europe/Ljubljana', 'SI'],
      ['Europe/Bratislava', 'SK'],
      ['America/Port_of_Spain', 'TT'],
      ['America/Antigua', undefined],
      ['Europe/Busingen', 'DE'],
      ['Europe/Vaduz', 'LI'],
    ] as const)
      expect(guessRegion(reported(zone)), zone).to.equal(region);
  });

  it('guesses Japan, not Canada, for a Tokyo device with a Canadian French browser', () => {
    // The browser's languages (fr-CA here) never override the time zone.
    expect(guessRegion('Asia/Tokyo')).to.equal('JP');
  });

  describe('checked against the IANA zone list', () => {
    const covered = new Set([...sheetRegions, ...EU_MEMBERS]);
    /** Zones whose place two countries of the sheet claim (Crimea: Russia and Ukraine). */
    const DISPUTED = new Set(['Europe/Simferopol']);

    it('knows every zone of a covered country that this engine can report', () => {
      const zones = Intl.supportedValuesOf('timeZone');
      expect(zones.length).to.be.greaterThan(300);
      for (const zone of zones) {
        const country = ct.getTimezone(zone)?.countries[0];
        if (country && covered.has(country))
          expect(guessRegion(zone), zone).to.equal(DISPUTED.has(zone) ? undefined : country);
      }
    });

    it('knows every zone this engine itself lists for each covered country', function () {
      type LocaleInfo = Intl.Locale & { getTimeZones?: () => string[]; timeZones?: string[] };
      const zonesOf = (region: string) => {
        const locale = new Intl.Locale(`und-${region}`) as LocaleInfo;
        return locale.getTimeZones?.() ?? locale.timeZones;
      };
      if (!zonesOf('US')) skipBecause(this, "this engine's Intl.Locale lists no time zones for a region");
      for (const region of covered) {
        for (const zone of zonesOf(region) ?? []) {
          // A zone the IANA list names first for another country guesses that country or, where the
          // card has no help there, nothing; a disputed zone guesses nothing.
          const first = ct.getTimezone(zone)?.countries[0];
          const named = first && first !== region ? (covered.has(first) ? first : undefined) : region;
          const expected = DISPUTED.has(zone) ? undefined : named;
          expect(guessRegion(zone), `${region} ${zone}`).to.equal(expected);
        }
      }
    });

    it('knows every zone the IANA list gives a covered country, links and old names as this engine reports them', () => {
      // tzdata's POSIX-style zones name no place (though ICU now reports CET as Europe/Brussels).
      const posixStyle = /^(CET|EET|MET|WET|EST|HST|MST|[CEMP]ST\d[CEMP]DT)$/;
      for (const zone of Object.values(ct.getAllTimezones({ deprecated: true }))) {
        const country = zone.countries[0];
        if (covered.has(country) && !posixStyle.test(zone.name))
          expect(guessRegion(reported(zone.name)), zone.name).to.equal(DISPUTED.has(zone.name) ? undefined : country);
      }
    });
  });
});
