<?php
/**
 * The test blog's people and posts: an author (who has no unfiltered_html, so KSES filters what
 * they store) writes four posts with the card, as the block editor and the classic editor store
 * them. Writes what each post sent and stored, its address, and the block type as the REST API
 * answers the editor, to wp-content/ask-for-help-card-suite.json.
 *
 * @package AskForHelpCard
 */

// Addresses by name alone, as many blogs have them.
global $wp_rewrite;
$wp_rewrite->set_permalink_structure( '/%postname%/' );
$wp_rewrite->flush_rules();

$author = wp_insert_user(
	array(
		'user_login'   => 'author',
		'user_pass'    => 'author-password',
		'user_email'   => 'author@example.test',
		'role'         => 'author',
		'display_name' => 'An Author',
	)
);
wp_set_current_user( $author );

$paragraph = static fn ( string $text ): string => "<!-- wp:paragraph -->\n<p>$text</p>\n<!-- /wp:paragraph -->";
$posts     = array(
	'one-card'  => array(
		'Asking for help',
		implode(
			"\n\n",
			array(
				$paragraph( 'Some days are heavier than others, and that is allowed.' ),
				'<!-- wp:ask-for-help-card/card {"region":"GB"} /-->',
				$paragraph( 'Thank you for reading this far.' ),
			)
		),
	),
	'two-cards' => array(
		'Help here and there',
		implode(
			"\n\n",
			array(
				$paragraph( 'For readers in the United Kingdom:' ),
				'<!-- wp:ask-for-help-card/card {"region":"GB"} /-->',
				$paragraph( 'Para quienes leen desde México:' ),
				'<!-- wp:ask-for-help-card/card {"region":"MX","lang":"es"} /-->',
				$paragraph( 'Thank you for reading this far.' ),
			)
		),
	),
	'shortcode' => array(
		'A classic post',
		"Some days are heavier than others, and that is allowed.\n\n[ask_for_help_card region=\"GB\" lang=\"es\"]\n\nThank you for reading this far.",
	),
	// Settings the card cannot show, as a hand-edited post or a mistyped shortcode gives them.
	'bad-values' => array(
		'Settings the card cannot show',
		implode(
			"\n\n",
			array(
				$paragraph( 'Some days are heavier than others, and that is allowed.' ),
				'<!-- wp:ask-for-help-card/card {"region":"Narnia","lang":"tlh","headingLevel":"9","openSections":["all"]} /-->',
				"<!-- wp:shortcode -->\n[ask_for_help_card region=\"javascript:alert(1)\" lang=\"klingon\" heading_level=\"nine\" open_sections=\"all none\"]\n<!-- /wp:shortcode -->",
				$paragraph( 'Thank you for reading this far.' ),
			)
		),
	),
);

$suite = array( 'posts' => array() );
foreach ( $posts as $slug => list( $title, $content ) ) {
	$id                      = wp_insert_post(
		wp_slash(
			array(
				'post_title'   => $title,
				'post_name'    => $slug,
				'post_content' => $content,
				'post_status'  => 'publish',
				'post_author'  => $author,
			)
		),
		true
	);
	$suite['posts'][ $slug ] = array(
		'sent'   => $content,
		'stored' => get_post( $id )->post_content,
		'link'   => get_permalink( $id ),
	);
}

$response           = rest_do_request( new WP_REST_Request( 'GET', '/wp/v2/block-types/ask-for-help-card/card' ) );
$suite['blockType'] = array(
	'status' => $response->get_status(),
	'data'   => $response->get_data(),
);
$suite['author']    = array(
	'role'           => wp_get_current_user()->roles,
	'unfiltered_html' => current_user_can( 'unfiltered_html' ),
);
file_put_contents( WP_CONTENT_DIR . '/ask-for-help-card-suite.json', wp_json_encode( $suite ) );
