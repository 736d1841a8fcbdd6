// Debian's WordPress (apt-get install wordpress wordpress-theme-twentytwentythree), run offline by
// WordPress Playground's CLI on its own PHP with SQLite, the card's plugin installed from its zip
// as an administrator uploads it, with WP_DEBUG on and its log kept, and DISALLOW_UNFILTERED_HTML.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../../scripts/free-port.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const DEBIAN_WORDPRESS = '/usr/share/wordpress';
/** The PHP the site runs on: Debian 12's own version. */
const PHP = '8.2';
const zips = fileURLToPath(new URL('../../../dist/wordpress/', import.meta.url));

/**
 * Starts WordPress with the plugin from dist/wordpress/ask-for-help-card.zip, then runs `setup`
 * (PHP, after wp-load.php) as a Blueprint step. Returns the site's address, its folder (whose
 * wp-content/debug.log holds what PHP said) and a way to stop it.
 */
export async function startWordPress({ setup = '' } = {}) {
  if (!existsSync(join(DEBIAN_WORDPRESS, 'wp-content/themes/twentytwentythree')))
    throw new Error('wordpress: install it (apt-get install wordpress wordpress-theme-twentytwentythree)');
  if (!existsSync(join(zips, 'ask-for-help-card.zip'))) throw new Error('wordpress: build the plugin (npm run build)');
  // Debian's files, its links followed, without Debian's wp-config.php: Playground writes its own.
  const folder = mkdtempSync(join(tmpdir(), 'ask-for-help-card-wordpress-'));
  const root = join(folder, 'wordpress');
  cpSync(DEBIAN_WORDPRESS, root, { recursive: true, dereference: true });
  rmSync(join(root, 'wp-config.php'));
  const blueprint = {
    // The CLI's --php alone is not what the site runs on: the Blueprint's own choice is.
    preferredVersions: { php: PHP, wp: 'latest' },
    steps: [
      // What PHP logs from here on is the site's with the plugin, not the installer's.
      { step: 'runPHP', code: "<?php @unlink('/wordpress/wp-content/debug.log');" },
      { step: 'installPlugin', pluginData: { resource: 'vfs', path: '/zips/ask-for-help-card.zip' } },
      { step: 'runPHP', code: `<?php require '/wordpress/wp-load.php'; ${setup.replace(/^<\?php/, '')}` },
    ],
  };
  writeFileSync(join(folder, 'blueprint.json'), JSON.stringify(blueprint));
  const port = await freePort();
  const server = spawn(
    join(here, 'node_modules/.bin/wp-playground-cli'),
    [
      'server',
      `--php=${PHP}`,
      `--port=${port}`,
      '--wordpress-install-mode=install-from-existing-files',
      `--mount-before-install=${root}:/wordpress`,
      `--mount=${zips}:/zips`,
      `--blueprint=${join(folder, 'blueprint.json')}`,
      ...['--define-bool', 'WP_DEBUG', 'true'],
      ...['--define-bool', 'WP_DEBUG_DISPLAY', 'false'],
      ...['--define', 'WP_DEBUG_LOG', '/wordpress/wp-content/debug.log'],
      ...['--define-bool', 'DISALLOW_UNFILTERED_HTML', 'true'],
      '--workers=1',
    ],
    { cwd: here, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let said = '';
  const url = await new Promise((resolve, reject) => {
    const read = (chunk) => {
      said += chunk;
      const ready = said.match(/WordPress is running on (http:\/\/\S+)/);
      if (ready) resolve(ready[1]);
    };
    server.stdout.on('data', read);
    server.stderr.on('data', read);
    server.on('exit', (code) => {
      rmSync(folder, { recursive: true, force: true });
      reject(new Error(`wordpress: Playground stopped (${code}):\n${said}`));
    });
  });
  return {
    url,
    root,
    /** What PHP logged (notices, warnings, errors), or '' when it logged nothing. */
    log: () =>
      existsSync(join(root, 'wp-content/debug.log')) ? readFileSync(join(root, 'wp-content/debug.log'), 'utf8') : '',
    /** Stops the server, which removes the site's folder. */
    stop: async () => {
      const stopped = new Promise((resolve) => server.once('exit', resolve));
      server.kill();
      await stopped;
    },
  };
}
