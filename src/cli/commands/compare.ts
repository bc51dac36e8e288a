import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compareRuns } from '../../analyze/compare-runs.js';
import { GATE_KINDS, type GateKind, type GateRule } from '../../analyze/regression-gate.js';
import { BenchError } from '../../core/errors.js';
import { checkSharedTasks, parseMinShared } from '../../analyze/shared-tasks.js';
import { writeFileAtomic } from '../../core/run-dir.js';
import { createValidators, describeSchemaErrors } from '../../core/schemas.js';
import { renderComparisonHtml } from '../../report/comparison-html.js';
import {
  renderComparisonMarkdown,
  renderComparisonTerminal,
} from '../../report/comparison-report.js';
import type { Command } from '../command.js';
import { loadRunForComparison } from '../load-run.js';
import { readPricesOption } from '../prices-option.js';
import { renderHelp, type HelpSpec } from '../help.js';
import {
  choiceOption,
  HELP_OPTION,
  intOption,
  numberListOption,
  parseOptions,
  type OptionDefs,
} from '../options.js';

const FORMATS = ['terminal', 'markdown', 'json', 'html'] as const;

const COMPARE_OPTIONS = {
  format: { type: 'string', arg: 'F', help: `${FORMATS.join(' | ')} (default terminal)` },
  quiet: {
    type: 'boolean',
    short: 'q',
    help: 'print only the verdict sentences, one a line (no tables, no warnings); overrides --format;\n--write and --fail-on work as without it',
  },
  write: {
    type: 'string',
    arg: 'DIR',
    help: 'also write comparison.json (schema-validated), comparison.md and comparison.html to DIR',
  },
  'fail-on': {
    type: 'string',
    multiple: true,
    arg: 'RULE',
    help: `exit with code 5 when the rule is crossed; repeatable. Rules:\n${Object.entries(
      GATE_KINDS,
    )
      .map(([k, v]) => `  ${k}${k === 'lattice-change' ? '' : '=X'}: ${v}`)
      .join('\n')}`,
  },
  'min-shared': {
    type: 'string',
    arg: 'N|P%',
    help: "fail (exit 2) unless the runs share at least N executed tasks, or P% of the larger run's\n(default 50%; never fewer than 1): a comparison over nothing cannot pass a gate",
  },
  alpha: {
    type: 'string',
    arg: 'A',
    help: 'significance level for the gate and the verdict (default 0.05)',
  },
  seed: {
    type: 'string',
    arg: 'N',
    help: 'seed of the bootstrap and permutation streams (default 1)',
  },
  bootstrap: { type: 'string', arg: 'N', help: 'bootstrap resamples over tasks B (default 2000)' },
  permutations: {
    type: 'string',
    arg: 'N',
    help: 'sign-flip permutations R when more than 16 tasks (default 10000; exact below)',
  },
  boundaries: { type: 'string', arg: 'LIST', help: "boundary token counts (default: run A's)" },
  tolerance: {
    type: 'string',
    arg: 'N',
    help: "alignment tolerance in tokens (default: run A's)",
  },
  k: {
    type: 'string',
    arg: 'LIST',
    help: "pass@k values besides pass@1 (default: both runs' k values)",
  },
  'tasks-a': { type: 'string', arg: 'PATH', help: 'corpus of run A, when it has moved' },
  'tasks-b': { type: 'string', arg: 'PATH', help: 'corpus of run B, when it has moved' },
  prices: {
    type: 'string',
    arg: 'FILE',
    help: "prices per model for cost per solved task, for both runs (default: each run's own\nprices from its run config); see `bbench analyze --help`",
  },
  ...HELP_OPTION,
} as const satisfies OptionDefs;

const COMPARE_HELP: HelpSpec = {
  intro: 'bbench compare: paired comparison of two runs (A = before, B = after), with a CI gate.',
  usage: ['compare <results/runA> <results/runB> [options]'],
  body: 'Runs are paired by task (and by condition where both have the same condition ids); only the tasks both\nruns executed are compared, with a warning when their corpora differ.',
  groups: [{ title: 'Options', options: COMPARE_OPTIONS }],
  notes:
    'Exit codes: 0 compared (no gate crossed) · 5 a --fail-on rule was crossed · 2 bad input, or too few shared tasks',
};

/** "pass1-drop=2" → { kind: 'pass1-drop', threshold: 2 }; the error names the option and the rules. */
export function parseGateRule(text: string): GateRule {
  const [kind = '', value] = text.split('=', 2);
  if (!(kind in GATE_KINDS)) {
    throw new BenchError(
      'USAGE',
      `option --fail-on: unknown rule '${kind}' in '${text}'; expected one of: ${Object.keys(GATE_KINDS).join(', ')}`,
    );
  }
  if (kind === 'lattice-change') {
    if (value !== undefined)
      throw new BenchError(
        'USAGE',
        `option --fail-on: rule lattice-change takes no value, received '${text}'`,
      );
    return { kind, threshold: null };
  }
  const threshold = Number(value);
  if (value === undefined || value.trim() === '' || !Number.isFinite(threshold) || threshold < 0) {
    throw new BenchError(
      'USAGE',
      `option --fail-on: rule ${kind} needs a non-negative number, as in ${kind}=2, received '${text}'`,
    );
  }
  return { kind: kind as GateKind, threshold };
}

function numberOption(
  value: string | undefined,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= min || n >= max)
    throw new BenchError(
      'USAGE',
      `option --${name}: expected a number between ${min} and ${max} (exclusive), received '${value}'`,
    );
  return n;
}

export const compareCommand: Command = {
  options: COMPARE_OPTIONS,
  help: COMPARE_HELP,
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, COMPARE_OPTIONS, 'compare');
    if (values.help) {
      io.stdout(renderHelp(COMPARE_HELP));
      return 0;
    }
    if (positionals.length !== 2) {
      throw new BenchError(
        'USAGE',
        `bbench compare: expected two run directories (A then B), received ${positionals.length === 0 ? 'none' : positionals.join(' ')}`,
        'see `bbench compare --help`',
      );
    }
    const format = choiceOption(values.format, 'format', FORMATS, 'terminal');
    const gate = (values['fail-on'] ?? []).map(parseGateRule);
    const minShared = parseMinShared(values['min-shared']);
    const validators = createValidators();
    const [dirA, dirB] = positionals.map((p) => resolve(io.cwd, p));
    const a = await loadRunForComparison(dirA!, validators, values['tasks-a'], io.cwd);
    const b = await loadRunForComparison(dirB!, validators, values['tasks-b'], io.cwd);
    const boundaries = numberListOption(
      values.boundaries,
      'boundaries',
      a.manifest.config.boundaries,
    );
    const prices = values.prices === undefined ? null : readPricesOption(values.prices, validators);
    const comparison = compareRuns({
      a: prices ? { ...a.run, prices } : a.run,
      b: prices ? { ...b.run, prices } : b.run,
      boundaries,
      tolerance: intOption(values.tolerance, 'tolerance', a.manifest.config.tolerance, 0),
      ks: numberListOption(
        values.k,
        'k',
        [...new Set([...a.manifest.config.ks, ...b.manifest.config.ks])].sort((x, y) => x - y),
      ),
      seed: intOption(values.seed, 'seed', 1, 0),
      bootstrapResamples: intOption(values.bootstrap, 'bootstrap', 2000, 100, 1_000_000),
      permutationResamples: intOption(values.permutations, 'permutations', 10_000, 100, 10_000_000),
      alpha: numberOption(values.alpha, 'alpha', 0.05, 0, 1),
      gate,
    });
    checkSharedTasks(comparison.pairing, minShared);
    const extraWarnings = [a.warning, b.warning].filter((w): w is string => w !== null);
    if (
      values.boundaries === undefined &&
      b.manifest.config.boundaries.join() !== boundaries.join()
    ) {
      extraWarnings.push(
        `the runs were configured with different boundaries (A: ${boundaries.join(', ')}; B: ${b.manifest.config.boundaries.join(', ')}); A's are used`,
      );
    }
    const result = { ...comparison, warnings: [...comparison.warnings, ...extraWarnings] };
    if (!validators.comparison(result)) {
      throw new BenchError(
        'INTERNAL',
        `the comparison does not match its own schema: ${describeSchemaErrors(validators.comparison.errors)}`,
      );
    }
    const json = `${JSON.stringify(result, null, 2)}\n`;
    if (values.write) {
      mkdirSync(values.write, { recursive: true });
      writeFileAtomic(join(values.write, 'comparison.json'), json);
      writeFileAtomic(join(values.write, 'comparison.md'), renderComparisonMarkdown(result));
      writeFileAtomic(join(values.write, 'comparison.html'), await renderComparisonHtml(result));
    }
    const rendered = {
      terminal: async () => renderComparisonTerminal(result, { color: io.colour }),
      markdown: async () => renderComparisonMarkdown(result),
      json: async () => json,
      html: () => renderComparisonHtml(result),
    } as const satisfies Record<(typeof FORMATS)[number], () => Promise<string>>;
    const printed = values.quiet ? result.verdict.join('\n') : await rendered[format]();
    io.stdout(`${printed.trimEnd()}\n`);
    const crossed = result.gate.filter((g) => g.crossed);
    if (crossed.length > 0) {
      throw new BenchError(
        'REGRESSION',
        `${crossed.length} --fail-on rule(s) crossed: ${crossed.map((g) => `${g.rule} (${g.detail})`).join('; ')}`,
      );
    }
    return 0;
  },
};
