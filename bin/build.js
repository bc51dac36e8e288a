#!/usr/bin/env node
// `npm run build` (and `prepare`, so `npm ci` builds): compiles src/ to dist/ with tsc, then writes the
// stamp bin/bbench.js checks. The signature is taken before compiling, so a file edited during the
// build leaves the stamp stale and the CLI runs the sources instead. With --if-possible (the prepare
// step), a missing TypeScript (`npm ci --omit=dev`) is a warning: bin/bbench.js then runs the sources.
import { rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT, STAMP, sourceSignature } from './build-state.js';

let tsc;
try {
  tsc = createRequire(join(ROOT, 'package.json')).resolve('typescript/bin/tsc');
} catch {
  if (process.argv.includes('--if-possible')) {
    console.warn(
      'bbench build: TypeScript is not installed; bin/bbench.js will run the sources through tsx',
    );
    process.exit(0);
  }
  console.error('bbench build: TypeScript is not installed; run `npm ci` (with dev dependencies)');
  process.exit(1);
}
const signature = sourceSignature();
// A clean output directory: a module deleted from src/ must not linger in dist/.
rmSync(join(ROOT, 'dist'), { recursive: true, force: true });
const result = spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json')], {
  stdio: 'inherit',
});
if (result.status !== 0) {
  rmSync(join(ROOT, 'dist'), { recursive: true, force: true });
  process.exit(result.status ?? 1);
}
writeFileSync(STAMP, `${JSON.stringify({ signature, builtAt: new Date().toISOString() })}\n`);
