<?php
/**
 * The card's markup, joined from the pieces the plugin's build prerendered (pieces/): exactly what
 * the package's renderCard() writes for the same options. Plain PHP, no WordPress function, so
 * that the suite can check it against renderCard() with PHP alone.
 *
 * @package AskForHelpCard
 */

/** The languages the card ships. */
const ASK_FOR_HELP_CARD_LANGUAGES = array( 'en', 'es', 'fr' );

/**
 * What the build wrote beside the pieces: the regions the card knows, the section ids, and the
 * text to change for a heading level or for the sections that start open.
 *
 * @return array{regions: string[], headings: array<string, array<string, string>>, sections: array<string, array{details: array<string, string[]>, toggle: string[]}>}
 */
function ask_for_help_card_variants(): array {
	static $variants = null;
	if ( null === $variants ) {
		$variants = json_decode( (string) file_get_contents( dirname( __DIR__ ) . '/pieces/variants.json' ), true );
	}
	return $variants;
}

/**
 * The options as the card reads them, from what a block or a shortcode was given: a value the
 * card cannot show gives its default (worldwide help, English, heading level 2, the first
 * section open), with no warning.
 *
 * @param array<string, mixed> $given region (ISO 3166-1 alpha-2, `auto` or empty), lang, headingLevel, openSections.
 * @return array{region: string, lang: string, headingLevel: int, openSections: string}
 */
function ask_for_help_card_options( array $given ): array {
	$variants = ask_for_help_card_variants();
	$text     = static fn ( $value ): string => is_scalar( $value ) ? trim( (string) $value ) : '';

	$region = strtoupper( $text( $given['region'] ?? '' ) );
	if ( 'UK' === $region ) {
		$region = 'GB';
	}
	if ( 'AUTO' === $region ) {
		$region = 'auto';
	}
	if ( ! in_array( $region, $variants['regions'], true ) ) {
		$region = '';
	}

	// A language by its first part: es-MX speaks es.
	$lang = explode( '-', strtolower( $text( $given['lang'] ?? '' ) ) )[0];
	if ( ! in_array( $lang, ASK_FOR_HELP_CARD_LANGUAGES, true ) ) {
		$lang = 'en';
	}

	$level = $text( $given['headingLevel'] ?? '' );
	$level = preg_match( '/^[1-5]$/', $level ) ? (int) $level : 2;

	$open     = preg_split( '/\s+/', strtolower( $text( $given['openSections'] ?? '' ) ), -1, PREG_SPLIT_NO_EMPTY );
	$sections = array_keys( $variants['sections'][ $lang ]['details'] );
	if ( in_array( $open, array( array( 'all' ), array( 'none' ) ), true ) || ( $open && ! array_diff( $open, $sections ) ) ) {
		$open = implode( ' ', $open );
	} else {
		$open = 'first';
	}

	return array(
		'region'       => $region,
		'lang'         => $lang,
		'headingLevel' => $level,
		'openSections' => $open,
	);
}

/**
 * One prerendered piece.
 *
 * @param string $lang The card's language.
 * @param string $name The piece's name (a file in pieces/<lang>/).
 */
function ask_for_help_card_piece( string $lang, string $name ): string {
	return (string) file_get_contents( dirname( __DIR__ ) . "/pieces/$lang/$name.html" );
}

/**
 * The card, prerendered: its tag, its stylesheet, its help for the region and the essay, which
 * its module upgrades in place. What renderCard() writes for these options.
 *
 * @param array<string, mixed> $given See ask_for_help_card_options().
 */
function ask_for_help_card_markup( array $given ): string {
	$options = ask_for_help_card_options( $given );
	$lang    = $options['lang'];
	$file    = '' === $options['region'] ? 'none' : $options['region'];

	// The attributes in the order renderCard() writes them; each value is one the card knows.
	$tag = '<ask-for-help-card';
	if ( '' !== $options['region'] ) {
		$tag .= ' region="' . $options['region'] . '"';
	}
	if ( 2 !== $options['headingLevel'] ) {
		$tag .= ' heading-level="' . $options['headingLevel'] . '"';
	}
	if ( 'first' !== $options['openSections'] ) {
		$tag .= ' open-sections="' . $options['openSections'] . '"';
	}
	$tag .= ' lang="' . $lang . '">' . "\n";

	$body = (string) file_get_contents( dirname( __DIR__ ) . '/pieces/style.html' )
		. ask_for_help_card_piece( $lang, 'help-start' )
		. ask_for_help_card_piece( $lang, "$file-help" )
		. ask_for_help_card_piece( $lang, 'help-end' )
		. ask_for_help_card_piece( $lang, 'essay' );

	return $tag . strtr( $body, ask_for_help_card_changes( $options ) ) . "\n</ask-for-help-card>";
}

/**
 * What changes in the pieces (prerendered with heading level 2 and the first section open) for
 * the options' heading level and open sections.
 *
 * @param array{lang: string, headingLevel: int, openSections: string} $options Options as read.
 * @return array<string, string>
 */
function ask_for_help_card_changes( array $options ): array {
	$variants = ask_for_help_card_variants();
	$changes  = $variants['headings'][ (string) $options['headingLevel'] ] ?? array();
	$sections = $variants['sections'][ $options['lang'] ];
	$ids      = array_keys( $sections['details'] );
	$open     = match ( $options['openSections'] ) {
		'all'   => $ids,
		'none'  => array(),
		'first' => array_slice( $ids, 0, 1 ),
		default => explode( ' ', $options['openSections'] ),
	};
	foreach ( $sections['details'] as $id => list( $closed, $opened ) ) {
		$wanted              = in_array( $id, $open, true ) ? $opened : $closed;
		$changes[ $closed ] = $wanted;
		$changes[ $opened ] = $wanted;
	}
	list( $expand, $collapse ) = $sections['toggle'];
	$wanted                    = array_diff( $ids, $open ) ? $expand : $collapse;
	$changes[ $expand ]        = $wanted;
	$changes[ $collapse ]      = $wanted;
	return $changes;
}

/**
 * The card's plain copy, for what is not a page (a feed's item): its help for the region and the
 * essay in paragraphs, lists and links, with no tag of the card's own, no style and no script.
 *
 * @param array<string, mixed> $given See ask_for_help_card_options().
 */
function ask_for_help_card_plain_copy( array $given ): string {
	$options = ask_for_help_card_options( $given );
	$lang    = $options['lang'];
	$file    = '' === $options['region'] ? 'none' : $options['region'];
	return ask_for_help_card_piece( $lang, 'plainHelp-start' )
		. ask_for_help_card_piece( $lang, "$file-plainHelp" )
		. ask_for_help_card_piece( $lang, 'plainHelp-end' )
		. ask_for_help_card_piece( $lang, 'plainEssay' );
}
