import { describe, expect, it } from 'vitest';
import { compareNatural } from '../../../src/core/natural-order.js';

describe('compareNatural', () => {
  it('orders the numbers inside task ids as numbers', () => {
    const ids = ['HumanEval/120', 'HumanEval/23', 'HumanEval/3', 'Mbpp/10', 'HumanEval/100'];
    expect([...ids].sort(compareNatural)).toEqual([
      'HumanEval/3',
      'HumanEval/23',
      'HumanEval/100',
      'HumanEval/120',
      'Mbpp/10',
    ]);
  });

  it('is a total order: leading zeros, prefixes and huge numbers', () => {
    expect(['t10', 't9', 't', 't09', 't9a'].sort(compareNatural)).toEqual([
      't',
      't09',
      't9',
      't9a',
      't10',
    ]);
    expect(compareNatural('x99999999999999999999', 'x100000000000000000000')).toBeLessThan(0);
    expect(compareNatural('same', 'same')).toBe(0);
  });
});
