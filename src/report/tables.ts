import { ALIGNMENTS, type Analysis, type AlignmentLabel } from '../core/analysis-record.js';
import type { PassRateStratum } from '../core/verdict-record.js';
import { percent } from '../core/format.js';
import type { TextTable } from './table-render.js';
import { describeTierProvenance } from './tier-provenance-text.js';
import { armTables } from './tables-arms.js';
import { distributionTables } from './tables-distribution.js';
import { verdictTables } from './tables-verdicts.js';

/**
 * The report's tables as rows of strings, shared by the terminal and Markdown renderers so both
 * always show the same numbers.
 */
export interface ReportTable extends TextTable {
  title: string;
}

const ALIGNMENT_COLUMNS = ['any', ...ALIGNMENTS] as const satisfies readonly AlignmentLabel[];
const ALIGNMENT_HEADINGS = {
  any: 'all samples',
  aligned: 'aligned',
  not_aligned: 'not aligned',
  unknown: 'unknown length',
} as const satisfies Record<AlignmentLabel, string>;

/** Every table of the report, findings-first order: distribution sections, then those that need verdicts. */
export function reportTables(analysis: Analysis): ReportTable[] {
  const tables = analysis.hasVerdicts ? [passRateTable(analysis)] : [];
  tables.push(...armTables(analysis));
  tables.push(...distributionTables(analysis), ...verdictTables(analysis));
  if (analysis.absentSections.length > 0) {
    tables.push({
      title: 'Sections absent, and why',
      head: ['section', 'reason'],
      rows: analysis.absentSections.map((x) => [x.section, x.reason]),
    });
  }
  return tables.filter((t) => t.rows.length > 0);
}

function cell(s: PassRateStratum | undefined): string {
  if (!s || s.samples === 0) return '–';
  const ci = s.interval ? ` [${percent(s.interval.low, 0)}, ${percent(s.interval.high, 0)}]` : '';
  return `${percent(s.passRate)}${ci} n=${s.samples}/${s.tasks}t`;
}

function passRateTable(analysis: Analysis): ReportTable {
  const tiers = [...new Set(analysis.strata.map((s) => s.tier))];
  return {
    title: `Pass rate of non-truncated samples by tier × alignment (mean of task rates, task-clustered 95% CI; n = samples/tasks; ${describeTierProvenance(analysis.tierSource)}). Not pass@1: pass@1 scores every answer, truncated ones included`,
    head: ['tier', ...ALIGNMENT_COLUMNS.map((a) => ALIGNMENT_HEADINGS[a])],
    rows: tiers.map((tier) => [
      tier,
      ...ALIGNMENT_COLUMNS.map((a) =>
        cell(analysis.strata.find((s) => s.tier === tier && s.alignment === a)),
      ),
    ]),
  };
}
