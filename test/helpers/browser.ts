import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium } from '../../src/cli/browser-setup.js';

/** What a real browser saw when it opened a page. */
export interface PageInspection {
  /** Requests that failed or were blocked (CSP, network), and console errors. */
  problems: string[];
  /** Every inline SVG chart: its caption, rendered size and how many graphic marks it drew. */
  charts: { caption: string; width: number; height: number; marks: number }[];
}

/** Launches Debian's Chromium headless (npm test's setup installs it); fails saying what is missing. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium(process.env);
  if (!executablePath)
    throw new Error(
      'no Chromium found: run `node bin/bbench.js setup --browser` (npm test does) or set BBENCH_CHROMIUM',
    );
  return chromium.launch({ executablePath, args: [...CHROMIUM_FLAGS], headless: true });
}

/** Opens a file in the browser, collects failures, measures the charts and keeps a full-page screenshot. */
export async function inspectPage(
  browser: Browser,
  file: string,
  screenshot: string,
): Promise<PageInspection> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const problems: string[] = [];
  page.on('requestfailed', (r) =>
    problems.push(`request failed: ${r.url()} (${r.failure()?.errorText ?? '?'})`),
  );
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.goto(`file://${file}`, { waitUntil: 'load' });
  // Charts in collapsed sections have no size until opened: measure them as a reader who opened all.
  await page.$$eval('details', (all) => all.forEach((d) => d.setAttribute('open', '')));
  const charts = await page.$$eval('figure.chart', (figures) =>
    figures.map((f) => {
      const svg = f.querySelector('svg');
      const box = svg?.getBoundingClientRect();
      return {
        caption: f.querySelector('figcaption')?.textContent ?? '',
        width: box?.width ?? 0,
        height: box?.height ?? 0,
        marks: svg?.querySelectorAll('[role="graphics-symbol"]').length ?? 0,
      };
    }),
  );
  await page.screenshot({ path: screenshot, fullPage: true });
  await page.close();
  return { problems, charts };
}

/** What a reader sees on opening a report: where the first screen ends, and where the answer sits. */
export interface FirstScreen {
  viewportHeight: number;
  /** Bottom edge (px from the top of the page) of each selector's element; null when absent. */
  bottoms: Record<string, number | null>;
  /** The drill-down section: whether its content was visible before and after a click on its summary. */
  drillDown: { selector: string; visibleBefore: boolean; visibleAfter: boolean; text: string };
}

/**
 * Opens a report at a laptop's first screen (1200 × 900), measures where `selectors` end, then clicks
 * the summary of the `drillDown` section (a `<details>`) and checks that its content shows. The
 * screenshot is taken after the click, so it shows the drill-down as a reader opens it.
 */
export async function readFirstScreen(
  browser: Browser,
  file: string,
  selectors: string[],
  drillDown: string,
  screenshot: string,
): Promise<FirstScreen> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await page.goto(`file://${file}`, { waitUntil: 'load' });
  const bottoms: Record<string, number | null> = {};
  for (const selector of selectors) {
    const box = await page.locator(selector).first().boundingBox();
    bottoms[selector] = box ? box.y + box.height : null;
  }
  const section = page.locator(drillDown).first();
  const content = section.locator(':scope > :not(summary)').first();
  const visibleBefore = await content.isVisible();
  await section.locator(':scope > summary').click();
  await content.waitFor({ state: 'visible', timeout: 10_000 }).catch(() => undefined);
  const visibleAfter = await content.isVisible();
  const text = visibleAfter ? await content.innerText() : '';
  await page.screenshot({ path: screenshot, fullPage: true });
  await page.close();
  return {
    viewportHeight: 900,
    bottoms,
    drillDown: { selector: drillDown, visibleBefore, visibleAfter, text },
  };
}
