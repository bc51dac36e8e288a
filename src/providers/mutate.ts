import type { Rng } from '../core/rng.js';

/** One place in a solution body where a plausible programming mistake can be made. */
export interface MutationSite {
  line: number;
  start: number;
  end: number;
  replacement: string;
  /** e.g. "changed operator '<=' → '<'" */
  kind: string;
}

const OPERATOR_SWAPS: readonly [RegExp, (match: string) => string, string][] = [
  [
    /<=|>=|==|!=/g,
    (m) => ({ '<=': '<', '>=': '>', '==': '!=', '!=': '==' })[m] ?? m,
    'changed operator',
  ],
  [/(?<![<>=!-])[<>](?![<>=])/g, (m) => `${m}=`, 'changed operator'],
  [/ [+-] /g, (m) => (m === ' + ' ? ' - ' : ' + '), 'changed operator'],
  [/\b(and|or)\b/g, (m) => (m === 'and' ? 'or' : 'and'), 'changed operator'],
  [/(?<![\w.])\d+(?![\w.])/g, (m) => String(Number(m) + 1), 'off-by-one'],
];

/** Finds mutation sites in a Python body, ignoring comments, string literals and docstrings. */
export function findMutationSites(body: string): MutationSite[] {
  const sites: MutationSite[] = [];
  let inTripleQuote = false;
  body.split('\n').forEach((text, line) => {
    const tripleQuotes = (text.match(/"""|'''/g) ?? []).length;
    const skip = inTripleQuote || tripleQuotes > 0;
    if (tripleQuotes % 2 === 1) inTripleQuote = !inTripleQuote;
    if (skip || text.trim().startsWith('#') || text.trim() === '') return;
    const code = maskStringsAndComments(text);
    for (const [pattern, replace, kind] of OPERATOR_SWAPS) {
      for (const match of code.matchAll(pattern)) {
        const replacement = replace(match[0]);
        sites.push({
          line,
          start: match.index,
          end: match.index + match[0].length,
          replacement,
          kind: `${kind} '${match[0].trim()}' → '${replacement.trim()}'`,
        });
      }
    }
    const branch = /^(\s*)(if|elif|while) (.+):\s*$/.exec(code);
    if (branch && branch[2] !== 'while') {
      const condStart = (branch[1] ?? '').length + (branch[2] ?? '').length + 1;
      const condEnd = condStart + (branch[3] ?? '').length;
      sites.push({
        line,
        start: condStart,
        end: condEnd,
        replacement: 'False',
        kind: 'dropped branch',
      });
      sites.push({
        line,
        start: condStart,
        end: condEnd,
        replacement: `not (${text.slice(condStart, condEnd)})`,
        kind: 'negated condition',
      });
    }
  });
  return sites;
}

export function applyMutation(body: string, site: MutationSite): string {
  const lines = body.split('\n');
  const text = lines[site.line] ?? '';
  lines[site.line] = text.slice(0, site.start) + site.replacement + text.slice(site.end);
  return lines.join('\n');
}

/** Picks one mutation at random; a body with no site loses its last statement instead. */
export function mutate(body: string, rng: Rng): { code: string; description: string } {
  const sites = findMutationSites(body);
  const site = sites[rng.int(sites.length)];
  if (site)
    return { code: applyMutation(body, site), description: `line ${site.line + 1}: ${site.kind}` };
  const lines = body.trimEnd().split('\n');
  const indent = /^\s*/.exec(lines.at(-1) ?? '')?.[0] ?? '    ';
  lines[lines.length - 1] = `${indent}pass`;
  return { code: `${lines.join('\n')}\n`, description: 'dropped the last statement' };
}

/** Blanks out string literals and comments (keeping the length) so operators inside them are not mutated. */
function maskStringsAndComments(line: string): string {
  let out = '';
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] ?? '';
    if (quote) {
      if (ch === '\\') {
        out += '__';
        i += 1;
        continue;
      }
      if (ch === quote) {
        quote = null;
        out += ch;
      } else {
        out += '_';
      }
      continue;
    }
    if (ch === '#') return out + '_'.repeat(line.length - i);
    if (ch === '"' || ch === "'") quote = ch;
    out += ch;
  }
  return out;
}
