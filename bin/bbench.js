#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so that `npm ci` is the only install step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
// A stray handle (a keep-alive socket to the engine, say) must not keep a finished run alive.
setTimeout(() => process.exit(), 3000).unref();
