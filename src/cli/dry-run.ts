import { existsSync } from 'node:fs';
import type { PriceTable } from '../core/arm-record.js';
import type { ExperimentArm } from '../core/experiment.js';
import type { TaskRecord } from '../core/records.js';
import { readRecords, type RunPaths } from '../core/run-dir.js';
import type { RecordValidators } from '../core/schemas.js';
import { BATCH_PRICE_FACTOR, TOKEN_ESTIMATE, planRun, type RunPlan } from '../generate/plan-run.js';
import { openResponseCache } from '../generate/response-cache.js';

const n = (x: number) => Math.round(x).toLocaleString('en-US');
const usd = (x: number | null) => (x === null ? '-' : `$${x.toFixed(x < 10 ? 2 : 0)}`);

/** The plan as text: the matrix, then per arm the requests, expected tokens and cost, then the assumptions. */
export function renderPlan(plan: RunPlan, runDir: string): string {
  const lines = [
    'Dry run: nothing is called and nothing is written.',
    `Matrix: ${plan.arms} arm(s) × ${plan.tasks} task(s) × ${plan.samplesPerTask} sample(s) = ${n(plan.requests)} requests; ${n(plan.toSend)} to send.`,
    '',
  ];
  const header = [
    'arm',
    'model',
    'requests',
    'done',
    'cached',
    'to send',
    'tokens/request in · out (reasoning)',
    'tokens from',
    ...(plan.pricesGiven ? ['interactive', `batch (${BATCH_PRICE_FACTOR * 100}%)`] : []),
  ];
  const rows = plan.perArm.map((a) => [
    a.armId,
    a.model,
    n(a.requests),
    n(a.done),
    n(a.cached),
    n(a.toSend),
    `${n(a.tokens.input)} · ${n(a.tokens.output)} (${n(a.tokens.reasoning)})`,
    a.tokenSource === 'observed' ? `${n(a.observed)} samples seen` : 'rough estimate',
    ...(plan.pricesGiven ? [usd(a.costInteractive), usd(a.costBatch)] : []),
  ]);
  const total = plan.perArm.reduce(
    (t, a) => ({
      input: t.input + a.toSend * a.tokens.input,
      output: t.output + a.toSend * a.tokens.output,
    }),
    { input: 0, output: 0 },
  );
  rows.push([
    'total',
    '',
    n(plan.requests),
    n(plan.perArm.reduce((s, a) => s + a.done, 0)),
    n(plan.perArm.reduce((s, a) => s + a.cached, 0)),
    n(plan.toSend),
    `${n(total.input)} in · ${n(total.output)} out`,
    '',
    ...(plan.pricesGiven ? [usd(plan.costInteractive), usd(plan.costBatch)] : []),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i < 2 || i === 6 || i === 7 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  lines.push(line(header), ...rows.map(line), '');
  const E = TOKEN_ESTIMATE;
  lines.push(
    `Tokens from "samples seen": the means over this arm's samples already in ${runDir} or in the response cache.`,
    `Tokens from "rough estimate" (no sample of the arm seen yet): input = prompt characters / ${E.charsPerToken} + 60;`,
    `reasoning by effort ${Object.entries(E.reasoningByEffort)
      .map(([k, v]) => `${k} ${n(v)}`)
      .join(
        ', ',
      )} (unset: ${n(E.defaultReasoning)}; a thinking budget counts in full), plus ${E.visibleOutput} visible; capped at the max output tokens. Real runs vary several-fold.`,
    plan.pricesGiven
      ? `Cost: the run configuration's prices (US$ per 1M tokens; reasoning at its own price when given, else the output price). Batch assumes ${BATCH_PRICE_FACTOR * 100}% of the interactive price, the published discount of OpenAI's, Anthropic's and Gemini's batch APIs; '-' marks a model without a price.`
      : 'Cost: no prices given (the run configuration\'s "prices": {"<model>": {"input": X, "output": Y}}, US$ per 1M tokens), so tokens only.',
  );
  return `${lines.join('\n')}\n`;
}

/** Plans the run from what is on disk (the run's samples, the response cache), opening nothing else. */
export async function planFromDisk(options: {
  arms: readonly ExperimentArm[];
  tasks: readonly TaskRecord[];
  samplesPerTask: number;
  paths: RunPaths;
  validators: RecordValidators;
  cacheDir: string | null;
  prices: PriceTable | null;
}): Promise<RunPlan> {
  return planRun({
    arms: options.arms.map((arm) => ({ model: arm.model, condition: arm })),
    tasks: options.tasks,
    samplesPerTask: options.samplesPerTask,
    existing: await readRecords(options.paths.samples, options.validators.sample),
    // Only an existing cache is read: opening a missing one would create it.
    cache:
      options.cacheDir !== null && existsSync(options.cacheDir)
        ? openResponseCache(options.cacheDir)
        : null,
    prices: options.prices,
  });
}
