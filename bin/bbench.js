#!/usr/bin/env node
// Runs the compiled CLI in dist/ (built by `npm ci` through `prepare`, or `npm run build`). When dist/
// is missing or was built from other sources than those now in src/ (an edit, a merge, a checkout),
// it runs the TypeScript sources through tsx instead: slower to start, never stale.
import { buildIsFresh } from './build-state.js';

let main;
if (buildIsFresh()) {
  ({ main } = await import('../dist/cli/main.js'));
} else {
  if (process.stderr.isTTY)
    process.stderr.write(
      'bbench: dist/ is not built from the current src/; running the sources through tsx (slower start-up; `npm run build` refreshes it)\n',
    );
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
// A stray handle (a keep-alive socket to the engine, say) must not keep a finished run alive.
setTimeout(() => process.exit(), 3000).unref();
