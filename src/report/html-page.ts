import type { ReportTable } from './tables.js';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export function tableHtml(t: ReportTable): string {
  const head = t.head.map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  const rows = t.rows
    .map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`)
    .join('\n');
  return `<h2>${escapeHtml(t.title)}</h2>\n<table><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table>`;
}

/** A chart already rendered to SVG (trusted: it comes from the chart library, not from user text). */
export interface RenderedChart {
  title: string;
  svg: string;
}

export function chartHtml(chart: RenderedChart): string {
  return `<figure class="chart"><figcaption>${escapeHtml(chart.title)}</figcaption>\n${chart.svg}\n</figure>`;
}

/** A collapsed section: a summary line that opens to its content, natively (no script). */
export function detailsHtml(summary: string, content: string[], id?: string): string {
  const anchor = id ? ` id="${escapeHtml(id)}"` : '';
  return `<details class="section"${anchor}><summary>${escapeHtml(summary)}</summary>\n${content.join('\n')}\n</details>`;
}

const STYLE = `body{font:14px/1.45 system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}
table{border-collapse:collapse;margin:.5em 0 1.5em;font-size:13px}th,td{border:1px solid #ccc;padding:3px 8px;text-align:left}
th{background:#f3f3f3}h1{font-size:22px}h2{font-size:16px;margin-top:1.6em}figure{margin:1em 0}figcaption{font-weight:600;margin-bottom:.3em}
.lead li{margin:.25em 0}.warn{color:#8a4b00}
.headline{background:#f4f8ff;border-left:4px solid #2b6cb0;padding:.2em 1em .4em;margin:1em 0}.headline h2{margin-top:.6em}
.headline .lead{font-size:15px;padding-left:1.2em}.meta dl{display:grid;grid-template-columns:max-content 1fr;gap:.1em 1em;margin:.3em 0}
.meta dt{font-weight:600;color:#555}.meta dd{margin:0}
details.section{border-top:1px solid #ddd;padding:.3em 0}details.section>summary{font-size:16px;font-weight:600;cursor:pointer;padding:.3em 0}
pre{background:#f7f7f7;padding:.5em;overflow-x:auto;font-size:12px;max-height:24em}`;

/** A self-contained page: inline style, inline SVG, no scripts, no external resources. */
export function htmlPage(title: string, body: string[]): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body>
<h1>${escapeHtml(title)}</h1>
${body.join('\n')}
</body></html>
`;
}
