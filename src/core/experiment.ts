import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import type { PriceTable } from './arm-record.js';
import { BenchError } from './errors.js';
import { sha256 } from './hash.js';

/**
 * A run configuration file (`bbench run --config FILE`): the experiment's matrix and its settings.
 * Every key is optional; command-line flags override the file. Validated by `runConfigSchema`.
 */
export interface RunConfigFile {
  models?: string[];
  efforts?: (string | null)[];
  budgets?: (number | null)[];
  /** Named system-prompt variants: the text, or `{file}` relative to the config file; `null` for none. */
  systemPrompts?: Record<string, string | { file: string } | null>;
  maxOutputTokens?: number | null;
  temperature?: number | null;
  tasks?: string;
  samples?: number;
  seed?: number;
  /** Requests in flight per provider. */
  requests?: number;
  maxAttempts?: number;
  requestTimeoutS?: number;
  /** Streams: the longest silence between two events, in seconds. */
  idleTimeoutS?: number;
  /** Stream answers: `auto` is each vendor's default. */
  stream?: 'auto' | 'on' | 'off';
  openaiApi?: 'responses' | 'chat';
  boundaries?: number[];
  tolerance?: number;
  k?: number[];
  cache?: string | false;
  /** Per model, US dollars per 1M input, output and reasoning tokens, for cost per solved task. */
  prices?: PriceTable;
}

/**
 * One cell of the matrix: the model and the request parameters its samples are sent with. `null`
 * means "not sent" (the vendor's default applies). The id is part of every sample key, so arms
 * compare cleanly. Without `model` and `systemPromptName` it is the providers' GenerationCondition.
 */
export interface ExperimentArm {
  model: string;
  id: string;
  reasoningEffort: string | null;
  thinkingBudget: number | null;
  maxOutputTokens: number | null;
  temperature: number | null;
  /** The system prompt text, or null for none; only its hash is recorded. */
  systemPrompt: string | null;
  systemPromptName: string | null;
}

/** What an arm records in the manifest: its parameters, with the system prompt as a hash only. */
export interface ArmSummary {
  id: string;
  model: string;
  reasoningEffort: string | null;
  thinkingBudget: number | null;
  maxOutputTokens: number | null;
  temperature: number | null;
  systemPrompt: string | null;
  systemPromptHash: string | null;
}

export interface MatrixAxes {
  models: readonly string[];
  efforts: readonly (string | null)[];
  budgets: readonly (number | null)[];
  systemPrompts: ReadonlyMap<string, string | null>;
  maxOutputTokens: number | null;
  temperature: number | null;
}

/**
 * Expands the matrix into arms with readable, stable ids: the varying parameters joined by `|`
 * (`effort=low|sys=plain`), prefixed by the model only when the run has several, so that runs of two
 * model versions with the same arms pair by condition in `bbench compare`. A single arm is `default`.
 */
export function expandMatrix(axes: MatrixAxes): ExperimentArm[] {
  const prompts =
    axes.systemPrompts.size > 0 ? [...axes.systemPrompts.entries()] : [[null, null] as const];
  const arms: ExperimentArm[] = [];
  for (const model of axes.models) {
    for (const effort of axes.efforts.length > 0 ? axes.efforts : [null]) {
      for (const budget of axes.budgets.length > 0 ? axes.budgets : [null]) {
        for (const [name, text] of prompts) {
          const parts = [
            ...(axes.models.length > 1 ? [model] : []),
            ...(axes.efforts.length > 1 || effort !== null
              ? [`effort=${effort ?? 'default'}`]
              : []),
            ...(axes.budgets.length > 1 || budget !== null
              ? [`budget=${budget ?? 'default'}`]
              : []),
            ...(name !== null ? [`sys=${name}`] : []),
          ];
          arms.push({
            model,
            id: parts.length > 0 ? parts.join('|') : 'default',
            reasoningEffort: effort,
            thinkingBudget: budget,
            maxOutputTokens: axes.maxOutputTokens,
            temperature: axes.temperature,
            systemPrompt: text,
            systemPromptName: name,
          });
        }
      }
    }
  }
  const ids = new Set(arms.map((a) => a.id));
  if (ids.size !== arms.length)
    throw new BenchError(
      'CONFIG_INVALID',
      `the matrix repeats a condition: ${arms.map((a) => a.id).join(', ')}`,
      'remove duplicate models, efforts or budgets',
    );
  return arms;
}

export function armSummary(arm: ExperimentArm): ArmSummary {
  return {
    id: arm.id,
    model: arm.model,
    reasoningEffort: arm.reasoningEffort,
    thinkingBudget: arm.thinkingBudget,
    maxOutputTokens: arm.maxOutputTokens,
    temperature: arm.temperature,
    systemPrompt: arm.systemPromptName,
    systemPromptHash: arm.systemPrompt === null ? null : sha256(arm.systemPrompt),
  };
}

/** Reads the system-prompt variants of a config file, resolving `{file}` against the config's folder. */
export function readSystemPrompts(
  prompts: RunConfigFile['systemPrompts'],
  configPath: string,
): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const [name, value] of Object.entries(prompts ?? {})) {
    if (value === null || typeof value === 'string') {
      out.set(name, value);
      continue;
    }
    const path = isAbsolute(value.file) ? value.file : resolve(dirname(configPath), value.file);
    try {
      out.set(name, readFileSync(path, 'utf8'));
    } catch (error) {
      throw new BenchError(
        'CONFIG_INVALID',
        `${configPath}: systemPrompts.${name}: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      );
    }
  }
  return out;
}
