import type { TierProvenance } from '../core/analysis-record.js';

/** The provenance in a few words, for report headings. */
export function describeTierProvenance(p: TierProvenance | undefined): string {
  if (!p || p.source === 'none') return 'no tiers';
  const untiered = p.untiered > 0 ? `, ${p.untiered} untiered` : '';
  if (p.source === 'declared') return `tiers declared by the corpus${untiered}`;
  const rule = 'measured by task_features.py on the reference';
  if (p.source === 'measured') return `tiers ${rule}${untiered}`;
  return `tiers declared (${p.declared} tasks) or ${rule} (${p.measured})${untiered}`;
}
