import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { createValidators } from '../../../src/core/schemas.js';
import { loadCorpus } from '../../../src/core/task-loader.js';

it('tasks/README.md states the bundled corpus’s current content hash and size', async () => {
  const root = join(import.meta.dirname, '../../../tasks');
  const corpus = await loadCorpus(join(root, 'core'), createValidators());
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  expect(readme).toContain(`\`${corpus.hash}\``);
  expect(readme).toContain(`${corpus.tasks.length} Python coding tasks`);
});
