import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/analysis-record.js';
import { createRng } from '../../src/core/rng.js';
import { createValidators } from '../../src/core/schemas.js';
import { bbench } from '../helpers/cli.js';

const validators = createValidators();
const root = mkdtempSync(join(tmpdir(), 'bbench-import-'));

/** A log-normal reasoning count, stopped exactly at 516 with probability `stop` once it reaches 516. */
function reasoningCount(rng: ReturnType<typeof createRng>, stop: number): number {
  const raw = Math.max(1, Math.round(600 * Math.exp(0.6 * rng.normal())));
  return raw >= 516 && rng.next() < stop ? 516 : raw;
}

/**
 * Writes Codex session logs as the CLI does (FORMATS.md): session_meta, turn_context, token_count
 * events with per-call and cumulative usage, a null info, a repeated event and a malformed line.
 * Returns how many calls each model really made and how many stopped at exactly 516.
 */
function writeCodexLogs(dir: string): Record<string, { calls: number; at516: number }> {
  const truth: Record<string, { calls: number; at516: number }> = {};
  const models = [
    { model: 'gpt-5.5', stop: 0.3, version: '0.80.0' },
    { model: 'gpt-5.3-codex', stop: 0, version: '0.79.1' },
  ];
  let session = 0;
  for (const { model, stop, version } of models) {
    truth[model] = { calls: 0, at516: 0 };
    const rng = createRng('codex-fixture', model);
    for (let s = 0; s < 8; s++) {
      session += 1;
      const lines: string[] = [
        JSON.stringify({
          timestamp: '2026-11-01T00:00:00Z',
          type: 'session_meta',
          payload: {
            id: `s-${session}`,
            cli_version: version,
            model_provider: 'openai',
            base_instructions: { text: 'You are Codex.' },
          },
        }),
      ];
      const total = {
        input_tokens: 0,
        cached_input_tokens: 0,
        output_tokens: 0,
        reasoning_output_tokens: 0,
        total_tokens: 0,
      };
      for (let turn = 0; turn < 3; turn++) {
        lines.push(
          JSON.stringify({
            type: 'turn_context',
            payload: { turn_id: `t${turn}`, model, effort: 'medium', cwd: '/w' },
          }),
        );
        lines.push(
          JSON.stringify({ type: 'event_msg', payload: { type: 'token_count', info: null } }),
        );
        for (let call = 0; call < 5; call++) {
          const reasoning = reasoningCount(rng, stop);
          const last = {
            input_tokens: 1000,
            cached_input_tokens: 0,
            output_tokens: reasoning + 50,
            reasoning_output_tokens: reasoning,
            total_tokens: reasoning + 1050,
          };
          for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += last[k];
          const event = JSON.stringify({
            type: 'event_msg',
            payload: {
              type: 'token_count',
              info: {
                last_token_usage: last,
                total_token_usage: { ...total },
                model_context_window: 272000,
              },
            },
          });
          lines.push(event);
          if (call === 2) lines.push(event); // Codex repeats the event (rate-limit update): one call, not two.
          truth[model].calls += 1;
          if (reasoning === 516) truth[model].at516 += 1;
        }
      }
      if (s === 0) lines.push('{"type":"event_msg","payload":{"type":"token_co'); // cut short by a crash
      writeFileSync(join(dir, `rollout-${session}.jsonl`), `${lines.join('\n')}\n`);
    }
  }
  return truth;
}

function analysisOf(dir: string): Analysis {
  const analysis = JSON.parse(readFileSync(join(dir, 'analysis.json'), 'utf8')) as unknown;
  expect(validators.analysis(analysis), JSON.stringify(validators.analysis.errors)).toBe(true);
  return analysis as Analysis;
}

describe('bbench import', () => {
  it('reads a Codex log directory into the per-model boundary table, counting each call once', async () => {
    const logs = join(root, 'sessions');
    mkdirSync(join(logs, '2026', '11'), { recursive: true });
    const truth = writeCodexLogs(join(logs, '2026', '11'));
    const run = await bbench([
      'import',
      'codex-logs',
      logs,
      '--results',
      root,
      '--run-id',
      'codex',
    ]);
    expect(run.exitCode, run.stderr).toBe(0);
    const analysis = analysisOf(join(root, 'codex'));
    expect(analysis.hasVerdicts).toBe(false);
    for (const [model, t] of Object.entries(truth)) {
      const row = analysis.groups.find((g) => g.scope === 'model' && g.model === model);
      expect(row?.calls, model).toBe(t.calls);
      expect(row?.boundaries.find((b) => b.boundary === 516)?.exactHits, model).toBe(t.at516);
      const detail = analysis.groups.find((g) => g.scope === 'detail' && g.model === model);
      expect(detail).toMatchObject({
        effort: 'medium',
        cliVersion: model === 'gpt-5.5' ? '0.80.0' : '0.79.1',
      });
      expect(detail?.systemPromptHash).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(truth['gpt-5.5']?.at516).toBeGreaterThan(10);
    expect(analysis.groups.find((g) => g.model === 'gpt-5.5')?.boundaries[0]?.pHolm).toBeLessThan(
      0.001,
    );
    // Without verdicts the verdict sections are absent, each with its reason, and say so in the report.
    expect(analysis.absentSections.map((s) => s.section)).toEqual(
      expect.arrayContaining(['strata', 'boundaryEffects', 'passAtK']),
    );
    expect(run.stdout).toContain('Sections absent, and why');
    const importInfo = JSON.parse(readFileSync(join(root, 'codex', 'import.json'), 'utf8'));
    // 16 sessions × 3 turns repeat one event each, and the first file of each model ends in a truncated line.
    expect(importInfo.skipped).toBe(16 * 3 + 2);
    expect(
      importInfo.skippedLines.some(
        (s: { where: string; reason: string }) =>
          /rollout-1\.jsonl:\d+$/.test(s.where) && /malformed/.test(s.reason),
      ),
    ).toBe(true);
    expect(readFileSync(join(root, 'codex', 'report.html'), 'utf8')).toContain('<svg');
  });

  it('reads a CSV table with verdicts, so the within-task boundary sections are computed', async () => {
    const rng = createRng('records-fixture');
    const rows = ['model,task_id,reasoning_tokens,passed,finish_reason'];
    for (let task = 0; task < 30; task++) {
      for (let i = 0; i < 10; i++) {
        const tokens = reasoningCount(rng, 0.3);
        const passed = tokens === 516 ? rng.next() < 0.3 : rng.next() < 0.8;
        rows.push(`m1,t${task},${tokens},${passed},stop`);
      }
    }
    rows.push(
      'm1,t0,,true,stop',
      'm1,t0,-4,true,stop',
      'm1,t1,700,maybe,stop',
      'm1,t2,900,false,max_tokens',
    );
    const file = join(root, 'table.csv');
    writeFileSync(file, `${rows.join('\n')}\n`);
    const run = await bbench([
      'import',
      'records',
      file,
      '--results',
      root,
      '--run-id',
      'table',
      '-q',
    ]);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.stdout).toMatch(
      /Imported 302 calls .* 302 with verdicts; skipped 2 line\(s\) \(first: .*table\.csv:303: 'reasoning_tokens' must be a whole number/,
    );
    const analysis = analysisOf(join(root, 'table'));
    expect(analysis.hasVerdicts).toBe(true);
    expect(analysis.counts).toMatchObject({ bySource: { none: 1 } });
    expect(analysis.truncation.samples).toBe(1);
    const all = analysis.boundaryEffects.find((e) => e.tier === 'all');
    expect(all?.informativeTasks).toBeGreaterThan(10);
    expect(all?.oddsRatio).toBeLessThan(1);
  });

  it('reads a condition label, output and input tokens and latency, and compares the arms paired on tasks', async () => {
    const rng = createRng('records-arms');
    const lines: string[] = [];
    for (let task = 0; task < 40; task++) {
      const median = 400 + 40 * task;
      for (const [condition, factor] of [
        ['api', 1],
        ['cli', 1.5],
      ] as const) {
        for (let i = 0; i < 6; i++) {
          const tokens = Math.round(median * factor * Math.exp(0.2 * rng.normal()));
          lines.push(
            JSON.stringify({
              model: 'm1',
              condition,
              task_id: `t${task}`,
              reasoning_tokens: tokens,
              output_tokens: tokens + 100,
              input_tokens: 300,
              latency_ms: 200 + tokens,
              passed: rng.next() < 0.7,
            }),
          );
        }
      }
    }
    const file = join(root, 'arms.jsonl');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const run = await bbench([
      'import',
      'records',
      file,
      '--results',
      root,
      '--run-id',
      'arms',
      '-q',
    ]);
    expect(run.exitCode, run.stderr).toBe(0);
    const arms = analysisOf(join(root, 'arms')).arms!;
    expect(arms.arms.map((a) => a.id)).toEqual(['m1|api', 'm1|cli']);
    const cli = arms.arms[1]!.tiers[0]!;
    expect(cli.samples).toBe(240);
    expect(cli.latencyMedianMs).toBeGreaterThan(200);
    expect(cli.output.mean! - cli.reasoning.mean!).toBeCloseTo(100, 6);
    const all = arms.comparisons[0]!.tiers.find((t) => t.tier === 'all')!;
    expect(all.tokenTasks).toBe(40);
    expect(all.tokenInterval!.low).toBeLessThan(1.5);
    expect(all.tokenInterval!.high).toBeGreaterThan(1.5);
    expect(readFileSync(join(root, 'arms', 'report.md'), 'utf8')).toMatch(/## Arms on all tasks/);
  });

  it('--format json prints the analysis alone on stdout; -q prints the headline, summary and files', async () => {
    const rng = createRng('records-format');
    const rows = ['model,task_id,reasoning_tokens,passed'];
    for (let task = 0; task < 20; task++)
      for (let i = 0; i < 6; i++)
        rows.push(`m1,t${task},${reasoningCount(rng, 0.3)},${rng.next() < 0.6}`);
    const file = join(root, 'format.csv');
    writeFileSync(file, `${rows.join('\n')}\n`);
    const args = ['import', 'records', file, '--results', root, '--force'];
    const json = await bbench([...args, '--run-id', 'format-json', '--format', 'json']);
    expect(json.exitCode, json.stderr).toBe(0);
    const printed: unknown = JSON.parse(json.stdout);
    expect(validators.analysis(printed)).toBe(true);
    expect(printed).toEqual(analysisOf(join(root, 'format-json')));
    expect(json.stderr).toMatch(/Imported 120 calls .*\nWrote .*analysis\.json/s);
    const quiet = await bbench([...args, '--run-id', 'format-q', '-q']);
    expect(quiet.exitCode, quiet.stderr).toBe(0);
    expect(quiet.stdout).not.toContain('┌');
    expect(quiet.stdout).toMatch(/Imported 120 calls .*\nWrote .*report\.html$/s);
    const terminal = await bbench([...args, '--run-id', 'format-t']);
    expect(terminal.stdout).toContain('┌');
    expect(quiet.stdout.split('\n').length).toBeLessThan(terminal.stdout.split('\n').length / 3);
    const bad = await bbench([...args, '--run-id', 'format-bad', '--format', 'jsn']);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toMatch(/option --format: .*received 'jsn'; did you mean json\?/);
  });

  it('says what is wrong when nothing can be imported', async () => {
    const file = join(root, 'bad.jsonl');
    writeFileSync(file, '{"reasoning_tokens": 5}\nnot json\n');
    const run = await bbench(['import', 'records', file, '--results', root, '--run-id', 'bad']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/nothing could be imported .*bad\.jsonl:1: missing 'model'/);
  });
});
