import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, inspectPage } from '../helpers/browser.js';
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
}, 600_000);

afterAll(async () => {
  await browser?.close();
});

describe('the HTML report in real headless Chromium', () => {
  it('renders every chart as inline SVG with marks, loads nothing, and is kept as a screenshot', async () => {
    const inspection = await inspectPage(
      browser,
      join(runDir, 'report.html'),
      join(artifacts, 'report.png'),
    );
    expect(inspection.problems).toEqual([]);
    const captions = inspection.charts.map((c) => c.caption);
    expect(captions).toEqual([
      expect.stringMatching(/^Reasoning tokens: histogram, hazard and marked values/),
      'pass@1 by tier × alignment, with 95% intervals',
      expect.stringMatching(/^Length against quality/),
      expect.stringMatching(/^Frontier: pass@1 against mean reasoning tokens/),
    ]);
    for (const chart of inspection.charts) {
      expect(chart.width, chart.caption).toBeGreaterThan(300);
      expect(chart.height, chart.caption).toBeGreaterThan(100);
      expect(chart.marks, chart.caption).toBeGreaterThan(5);
    }
    const html = readFileSync(join(runDir, 'report.html'), 'utf8');
    expect(html).not.toMatch(/<script|src="https?:|href="https?:/);
    expect(html.indexOf('<h2>Findings</h2>')).toBeLessThan(html.indexOf('<h2>Caveats</h2>'));
    expect(html).toContain('Reporting lattice:');
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
      expect(text).toContain('by tier × alignment');
      expect(text).toMatch(/[Cc]aveats/);
    }
    expect(html).toContain('<svg');
    expect(JSON.parse(json ?? '{}')).toMatchObject({ schemaVersion: 3, runId: 'html' });
  });
});
