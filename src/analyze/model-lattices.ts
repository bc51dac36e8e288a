import type { PooledLattice } from '../core/analysis-record.js';
import { countLengths } from './length-counts.js';
import { detectLatticeOfCounts, type Lattice } from './lattice.js';
import type { SampleTable } from './sample-table.js';

/** Each model's own lattice, and the lattice groups spike statistics use (docs/analysis.md §2). */
export interface ModelLattices {
  models: { model: string; lattice: Lattice }[];
  /** The lattice groups: models that share a g. */
  groups: PooledLattice['groups'];
  leftOut: PooledLattice['leftOut'];
  /** Per row of `table.groups` (a GroupKey): the index of its lattice group, or −1 when left out. */
  groupOfKey: Int16Array;
}

/**
 * Detects each model's lattice over its known counts (truncated included, as the pooled rule does):
 * - a model whose counts are all 0 reports no reasoning count (silent): it is left out of lattices,
 *   spikes, hazards and length curves;
 * - models with a determined lattice form one group per g, each scanned and tested at its own step,
 *   so a mixture of lattices cannot make spikes;
 * - a model with too few non-zero counts to determine its lattice joins the coarsest group whose g
 *   divides every one of its counts (so a few counts on a 64-token grid never sit in an exact group),
 *   and is left out when none does; when no model's lattice is determined, the non-silent models form
 *   one group at the lattice detected over all of them (as a single run does).
 */
export function modelLattices(table: SampleTable): ModelLattices {
  const names = [...new Set(table.groups.map((k) => k.model))].sort();
  const modelOfKey = table.groups.map((k) => names.indexOf(k.model));
  const rowModel = (i: number) => modelOfKey[table.group[i] ?? 0] ?? -1;
  const counts = names.map((_, m) => countLengths(table.length, (i) => rowModel(i) === m));
  const models = names.map((model, m) => ({ model, lattice: detectLatticeOfCounts(counts[m]!) }));
  const determined = models.filter(
    (x) => x.lattice.status === 'lattice' || x.lattice.status === 'exact',
  );
  const groupOfModel = new Int16Array(names.length).fill(-1);
  const groups: PooledLattice['groups'] = [];
  if (determined.length > 0) {
    for (const g of [...new Set(determined.map((x) => x.lattice.g))].sort((a, b) => a - b)) {
      const members = determined.filter((x) => x.lattice.g === g).map((x) => x.model);
      for (const m of members) groupOfModel[names.indexOf(m)] = groups.length;
      groups.push({ g, models: members });
    }
    models.forEach((x, m) => {
      if (x.lattice.status !== 'not_determined') return;
      const c = counts[m]!;
      const fits = (g: number) => {
        for (let v = 1; v <= c.max; v++) if ((c.count[v] ?? 0) > 0 && v % g !== 0) return false;
        return true;
      };
      for (let k = groups.length - 1; k >= 0; k--) {
        const group = groups[k]!;
        if (!fits(group.g)) continue;
        group.models.push(x.model);
        groupOfModel[m] = k;
        return;
      }
    });
  } else {
    const speaking = models.filter((x) => x.lattice.status !== 'silent');
    if (speaking.length > 0) {
      const keep = new Set(speaking.map((x) => names.indexOf(x.model)));
      const g = detectLatticeOfCounts(countLengths(table.length, (i) => keep.has(rowModel(i)))).g;
      for (const m of keep) groupOfModel[m] = 0;
      groups.push({ g, models: speaking.map((x) => x.model) });
    }
  }
  // A model with no count at all (reasoningTokens null) has nothing to leave out.
  const leftOut = models
    .filter(
      (x, m) =>
        groupOfModel[m] === -1 && (x.lattice.status === 'silent' || x.lattice.nonZeroCounts > 0),
    )
    .map(({ model, lattice }) => ({
      model,
      status: lattice.status,
      nonZeroCounts: lattice.nonZeroCounts,
    }));
  return {
    models,
    groups,
    leftOut,
    groupOfKey: Int16Array.from(modelOfKey, (m) => (m < 0 ? -1 : (groupOfModel[m] ?? -1))),
  };
}

/** The table without the counts of silent models: their samples become "no count" for every statistic. */
export function withoutSilentCounts(table: SampleTable, lattices: ModelLattices): SampleTable {
  const silent = new Set(
    lattices.models.filter((x) => x.lattice.status === 'silent').map((x) => x.model),
  );
  if (silent.size === 0) return table;
  const silentKey = table.groups.map((k) => silent.has(k.model));
  const length = Int32Array.from(table.length);
  for (let i = 0; i < table.size; i++) if (silentKey[table.group[i] ?? 0]) length[i] = -1;
  return { ...table, length };
}
