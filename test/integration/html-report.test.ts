import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, inspectPage, readFirstScreen } from '../helpers/browser.js';
import { bbench, REPO } from '../helpers/cli.js';

const results = mkdtempSync(join(tmpdir(), 'bbench-html-'));
const artifacts = join(REPO, 'test/artifacts');
const runDir = join(results, 'html');
let browser: Browser;

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  const run = await bbench(['demo', '-n', '12', '--results', results, '--run-id', 'html', '-q']);
  expect(run.exitCode, run.stderr).toBe(0);
  browser = await launchChromium();
}, 1_200_000);

afterAll(async () => {
  await browser?.close();
});

describe('the HTML report in real headless Chromium', () => {
  it('renders every chart as inline SVG with marks, loads nothing, and is kept as a screenshot', async () => {
    const inspection = await inspectPage(
      browser,
      join(runDir, 'report.html'),
      join(artifacts, 'report-open.png'),
    );
    expect(inspection.problems).toEqual([]);
    const captions = inspection.charts.map((c) => c.caption);
    // The answer's two charts first; the others wait in collapsed sections.
    expect(captions).toEqual([
      'pass@1 by tier × alignment, with 95% intervals',
      expect.stringMatching(/^Frontier: pass@1 against mean reasoning tokens/),
      expect.stringMatching(/^Reasoning tokens: histogram, hazard and marked values/),
      expect.stringMatching(/^Length against quality/),
    ]);
    for (const chart of inspection.charts) {
      expect(chart.width, chart.caption).toBeGreaterThan(300);
      expect(chart.height, chart.caption).toBeGreaterThan(100);
      expect(chart.marks, chart.caption).toBeGreaterThan(5);
    }
    const html = readFileSync(join(runDir, 'report.html'), 'utf8');
    expect(html).not.toMatch(/<script|src="https?:|href="https?:/);
    expect(html.indexOf('The answer')).toBeLessThan(html.indexOf('The run'));
    expect(html.indexOf('The run')).toBeLessThan(html.indexOf('<summary>Findings'));
    expect(html.indexOf('<summary>Findings')).toBeLessThan(html.indexOf('<summary>Caveats'));
    expect(html).toContain('Reporting lattice:');
  });

  it('puts the headline and the run metadata on the first screen, and opens a drill-down on a click', async () => {
    const screen = await readFirstScreen(
      browser,
      join(runDir, 'report.html'),
      ['section.headline', 'section.meta'],
      'details#findings',
      join(artifacts, 'report.png'),
    );
    for (const [selector, bottom] of Object.entries(screen.bottoms)) {
      expect(bottom, selector).not.toBeNull();
      expect(bottom, selector).toBeLessThanOrEqual(screen.viewportHeight);
    }
    expect(screen.drillDown.visibleBefore).toBe(false);
    expect(screen.drillDown.visibleAfter).toBe(true);
    expect(screen.drillDown.text).toMatch(/aligned samples passed/);
  });

  it('reports a page that tries to load something, so the check above can fail', async () => {
    const html = readFileSync(join(runDir, 'report.html'), 'utf8').replace(
      '</body>',
      '<img src="http://127.0.0.1:9/x.png"></body>',
    );
    const broken = join(results, 'broken.html');
    writeFileSync(broken, html);
    const inspection = await inspectPage(browser, broken, join(artifacts, 'report-broken.png'));
    expect(inspection.problems.join('\n')).toMatch(/127\.0\.0\.1:9/);
  });

  it('renders the same analysis in every format from analysis.json', async () => {
    const outputs = await Promise.all(
      ['terminal', 'markdown', 'html', 'json'].map((format) =>
        bbench(['report', runDir, '--format', format]),
      ),
    );
    for (const out of outputs) expect(out.exitCode, out.stderr).toBe(0);
    const [terminal, markdown, html, json] = outputs.map((o) => o.stdout);
    for (const text of [terminal, markdown, html]) {
      expect(text).toMatch(/Complex tasks: samples that stopped at a boundary passed/);
      expect(text).toMatch(/Arms against/);
      expect(text).toContain('by tier × alignment');
      expect(text).toMatch(/[Cc]aveats/);
    }
    expect(html).toContain('<svg');
    expect(JSON.parse(json ?? '{}')).toMatchObject({ schemaVersion: 3, runId: 'html' });
  });
});
