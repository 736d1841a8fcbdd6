// The Firefox tests drive the system's firefox-esr; puppeteer must never download a browser.
module.exports = { skipDownload: true };
