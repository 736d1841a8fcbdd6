<?php
/**
 * Plugin Name:       Ask For Help Card
 * Description:       Marisa Donnelly's essay "It's Okay To Ask For Help, You Know" beside places to get help in the reader's region, as a block and a shortcode, for every author.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.0
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       ask-for-help-card
 *
 * @package AskForHelpCard
 */

defined( 'ABSPATH' ) || exit;

require_once __DIR__ . '/includes/markup.php';

/** The plugin's version: the card's module is served with it, so a new version is fetched anew. */
const ASK_FOR_HELP_CARD_VERSION = '0.1.0';

add_action( 'init', 'ask_for_help_card_register' );

/**
 * Registers the block (rendered on the server each time a page is shown, so that what an author
 * stores is its settings alone: no HTML of it for KSES to strip) and the shortcode.
 */
function ask_for_help_card_register(): void {
	register_block_type( __DIR__ . '/build/card', array( 'render_callback' => 'ask_for_help_card_render_block' ) );
	add_shortcode( 'ask_for_help_card', 'ask_for_help_card_shortcode' );
}

/**
 * The block's HTML: the card prerendered in the block's wrapper, or in a feed its plain copy.
 *
 * @param array<string, mixed> $attributes region, lang, headingLevel, openSections.
 */
function ask_for_help_card_render_block( array $attributes ): string {
	if ( is_feed() ) {
		return ask_for_help_card_plain_copy( $attributes );
	}
	ask_for_help_card_enqueue_module();
	return '<div ' . get_block_wrapper_attributes() . ">\n" . ask_for_help_card_markup( $attributes ) . "\n</div>";
}

/**
 * [ask_for_help_card region="GB" lang="es" heading_level="3" open_sections="all"]: the same card
 * as the block's, for the classic editor and widgets.
 *
 * @param array<string, string>|string $given The shortcode's attributes ('' when it has none).
 */
function ask_for_help_card_shortcode( $given ): string {
	$given   = shortcode_atts(
		array(
			'region'        => '',
			'lang'          => 'en',
			'heading_level' => '',
			'open_sections' => '',
		),
		$given,
		'ask_for_help_card'
	);
	$options = array(
		'region'       => $given['region'],
		'lang'         => $given['lang'],
		'headingLevel' => $given['heading_level'],
		'openSections' => $given['open_sections'],
	);
	if ( is_feed() ) {
		return ask_for_help_card_plain_copy( $options );
	}
	ask_for_help_card_enqueue_module();
	return ask_for_help_card_markup( $options );
}

/**
 * The card's module, from the plugin's folder, once per page however many cards it has: as a
 * script module where WordPress has them (6.5 and newer), else printed in the footer.
 */
function ask_for_help_card_enqueue_module(): void {
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( 'ask-for-help-card', ask_for_help_card_module_url(), array(), ASK_FOR_HELP_CARD_VERSION );
		return;
	}
	if ( ! has_action( 'wp_footer', 'ask_for_help_card_print_module' ) ) {
		add_action( 'wp_footer', 'ask_for_help_card_print_module' );
	}
}

/** Prints the card's module (WordPress before 6.5, which has no script modules). */
function ask_for_help_card_print_module(): void {
	$src = add_query_arg( 'ver', ASK_FOR_HELP_CARD_VERSION, ask_for_help_card_module_url() );
	printf( "<script type=\"module\" src=\"%s\"></script>\n", esc_url( $src ) );
}

/** The card's module in the plugin's folder (its language files beside it). */
function ask_for_help_card_module_url(): string {
	return plugins_url( 'assets/ask-for-help-card.js', __FILE__ );
}
