/**
 * The card's block in the editor: settings in the sidebar, and the card itself as the page will
 * show it (the server's own rendering, by ServerSideRender), saved as its settings alone: the
 * server writes the card each time the page is shown, so no HTML of it is stored for KSES to strip.
 */
import { registerBlockType, type BlockConfiguration } from '@wordpress/blocks';
import { InspectorControls, useBlockProps } from '@wordpress/block-editor';
import { Disabled, PanelBody, SelectControl } from '@wordpress/components';
import { createElement as h } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import ServerSideRender from '@wordpress/server-side-render';
import metadata from './block.json';

type CardAttributes = {
  region: string;
  lang: string;
  headingLevel: number;
  openSections: string;
};

/** The regions the card has help for, as the plugin's build lists them in block.json. */
const regionCodes: string[] = ((metadata.attributes.region as { enum?: string[] }).enum ?? []).filter((code) =>
  /^[A-Z]{2}$/.test(code),
);

/** Each region by its name in the editor's language, in that language's order. */
function regionOptions(): { label: string; value: string }[] {
  const names = new Intl.DisplayNames([document.documentElement.lang || 'en'], { type: 'region' });
  const byName = regionCodes
    .map((code) => ({ label: names.of(code) ?? code, value: code }))
    .sort((a, b) => a.label.localeCompare(b.label));
  return [
    { label: __('Worldwide (no region)', 'ask-for-help-card'), value: '' },
    { label: __("The reader's region, guessed by their browser", 'ask-for-help-card'), value: 'auto' },
    ...byName,
  ];
}

const LANGUAGES = [
  { label: 'English', value: 'en' },
  { label: 'Español', value: 'es' },
  { label: 'Français', value: 'fr' },
];

const OPEN_SECTIONS = [
  { label: __('The first', 'ask-for-help-card'), value: 'first' },
  { label: __('All', 'ask-for-help-card'), value: 'all' },
  { label: __('None', 'ask-for-help-card'), value: 'none' },
];

function Edit({
  attributes,
  setAttributes,
}: {
  attributes: CardAttributes;
  setAttributes: (next: Partial<CardAttributes>) => void;
}) {
  return h(
    'div',
    useBlockProps(),
    h(
      InspectorControls,
      null,
      h(
        PanelBody,
        { title: __('Card', 'ask-for-help-card') },
        h(SelectControl, {
          label: __('Region', 'ask-for-help-card'),
          help: __("Whose help lines the card shows. Pick the readers' own country.", 'ask-for-help-card'),
          value: attributes.region,
          options: regionOptions(),
          onChange: (region: string) => setAttributes({ region }),
          __nextHasNoMarginBottom: true,
        }),
        h(SelectControl, {
          label: __('Language', 'ask-for-help-card'),
          value: attributes.lang,
          options: LANGUAGES,
          onChange: (lang: string) => setAttributes({ lang }),
          __nextHasNoMarginBottom: true,
        }),
        h(SelectControl, {
          label: __('Heading level', 'ask-for-help-card'),
          help: __("The level of the card's headings in the post's outline.", 'ask-for-help-card'),
          value: String(attributes.headingLevel),
          options: [1, 2, 3, 4, 5].map((level) => ({ label: `H${level}`, value: String(level) })),
          onChange: (level: string) => setAttributes({ headingLevel: Number(level) }),
          __nextHasNoMarginBottom: true,
        }),
        h(SelectControl, {
          label: __("Essay's open sections", 'ask-for-help-card'),
          value: OPEN_SECTIONS.some(({ value }) => value === attributes.openSections)
            ? attributes.openSections
            : 'first',
          options: OPEN_SECTIONS,
          onChange: (openSections: string) => setAttributes({ openSections }),
          __nextHasNoMarginBottom: true,
        }),
      ),
    ),
    // The card as the page will show it, its links and buttons inert while the author edits.
    h(Disabled, null, h(ServerSideRender, { block: metadata.name, attributes })),
  );
}

registerBlockType(metadata as BlockConfiguration<CardAttributes>, {
  edit: Edit,
  save: () => null,
});
