// The block in WordPress's editor, as an author uses it, in Chromium: Debian's WordPress 6.1 run by
// Playground with the plugin from its zip (tests/sites/wordpress/playground.mjs), driven by
// Playwright. The author finds the card in the inserter, picks a region in the sidebar, sees that
// region's lines in the preview and publishes; a reader, not logged in, opens the post.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { startWordPress } from './wordpress/playground.mjs';

const AUTHOR = { login: 'author', password: 'author-password' };

describe('the block in the editor, as an author uses it', { timeout: 240_000 }, () => {
  let wordpress;
  let browser;
  let page;

  before(async () => {
    wordpress = await startWordPress({
      // An author who has seen the editor's welcome guide before.
      setup: `$author = wp_insert_user( array( 'user_login' => '${AUTHOR.login}', 'user_pass' => '${AUTHOR.password}',
        'user_email' => 'author@example.test', 'role' => 'author' ) );
        update_user_meta( $author, $wpdb->get_blog_prefix() . 'persisted_preferences',
          array( 'core/edit-post' => array( 'welcomeGuide' => false ), '_modified' => gmdate( 'c' ) ) );`,
    });
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(30_000);
    await page.goto(`${wordpress.url}/wp-login.php`);
    await page.fill('#user_login', AUTHOR.login);
    await page.fill('#user_pass', AUTHOR.password);
    await Promise.all([page.waitForURL(/wp-admin/), page.click('#wp-submit')]);
  });

  after(async () => {
    await browser?.close();
    await wordpress?.stop();
  });

  /** The editor's canvas: the page itself, or its frame where the editor has one. */
  const canvas = () => page.frame({ name: 'editor-canvas' }) ?? page.mainFrame();

  it('finds the card in the inserter by "crisis", shows the chosen region\'s lines, and publishes it', async () => {
    await page.goto(`${wordpress.url}/wp-admin/post-new.php`);
    await canvas().getByRole('textbox', { name: 'Add title' }).fill('A post with the card');

    await page.getByRole('button', { name: 'Toggle block inserter' }).click();
    await page.getByRole('searchbox', { name: /search/i }).fill('crisis');
    await page.getByRole('option', { name: 'Ask for help card' }).click();

    // Worldwide help until a region is chosen; then that region's lines.
    await canvas().locator('ask-for-help-card').getByText('Find A Helpline').first().waitFor();
    const settings = page.getByRole('button', { name: 'Settings', exact: true });
    if (!(await page.getByLabel('Region').isVisible())) await settings.click();
    await page.getByLabel('Region').selectOption('GB');
    const card = canvas().locator('ask-for-help-card[region="GB"]');
    await card.getByText('Samaritans').first().waitFor();
    assert.ok(await card.getByText('116 123').first().isVisible());
    assert.ok(await card.getByText('Call 999').first().isVisible());

    const stored = await page.evaluate(() => window.wp.data.select('core/editor').getEditedPostContent());
    assert.equal(stored, '<!-- wp:ask-for-help-card/card {"region":"GB"} /-->');

    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page
      .getByRole('region', { name: /publish/i })
      .getByRole('button', { name: 'Publish', exact: true })
      .click();
    await page.getByText('is now live').first().waitFor();
  });

  it('shows the published post with the card for the United Kingdom, upgraded by its module from the site', async () => {
    const link = await page.evaluate(() => window.wp.data.select('core/editor').getPermalink());
    // As a reader sees it: not logged in (the author's toolbar would fetch their avatar from Gravatar).
    const reader = await browser.newPage();
    const errors = [];
    reader.on('pageerror', (error) => errors.push(error));
    await reader.goto(link);
    await reader.waitForFunction(() =>
      document.querySelector('ask-for-help-card')?.shadowRoot?.querySelector('.resource-name'),
    );
    const names = await reader.evaluate(() =>
      [...document.querySelector('ask-for-help-card').shadowRoot.querySelectorAll('.resource-name')].map((name) =>
        name.textContent.trim(),
      ),
    );
    assert.equal(names[0], 'Samaritans');
    assert.equal(await reader.locator('script[type="module"][src*="ask-for-help-card.js"]').count(), 1);
    assert.deepEqual(errors, []);
    const offSite = await reader.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((url) => new URL(url).origin !== location.origin),
    );
    assert.deepEqual(offSite, []);
  });
});
