import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

/** Debian's package: CI installs it (.ci/run), and nothing here downloads a browser. */
const CHROMIUM = "/usr/bin/chromium";
// Without the background-networking flags Chromium calls Google's services, which this closed network refuses.
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
/** How long one step in the page may take. */
export const STEP_MS = 30_000;

export interface WatchedPage {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions of the page. */
  consoleErrors: string[];
  /** Every URL the page asked for (data: URLs aside). */
  requests: string[];
  /** Requests bound for another origin than the gateway's, refused. */
  refused: string[];
}

/**
 * Headless Chromium on a page that may talk to the gateway only: anything bound elsewhere (a CDN, a font
 * service) is refused and remembered, because the zone has no internet.
 */
/** Headless Debian Chromium, with nothing in it yet. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: this test needs Debian's chromium package (apt-get install chromium), which .ci/run installs`);
  }
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, timeout: STEP_MS });
}

export async function watchedPage(gatewayUrl: string): Promise<WatchedPage> {
  const browser = await launchChromium();
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1400, height: 1000 } });
  const gatewayOrigin = new URL(gatewayUrl).origin;
  const watched: WatchedPage = { browser, context, page: undefined!, consoleErrors: [], requests: [], refused: [] };
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (new URL(url).origin === gatewayOrigin) return route.continue();
    watched.refused.push(url);
    return route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_MS);
  page.on("request", (request) => {
    if (!request.url().startsWith("data:")) watched.requests.push(request.url());
  });
  page.on("console", (message) => {
    if (message.type() === "error") watched.consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => watched.consoleErrors.push(error.message));
  watched.page = page;
  return watched;
}
