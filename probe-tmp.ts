import { readFileSync } from 'node:fs';
import { DEFAULT_LIMITS } from './src/sandbox/sandbox.js';
import { openTestSandbox } from './test/helpers/docker.js';
const mode = (process.argv[2] ?? 'zygote') as 'zygote' | 'fresh';
const sb = await openTestSandbox(1, 100000, mode);
const limits = { ...DEFAULT_LIMITS, timeoutMs: 5000, cpuSeconds: 5 };
const med = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]!;
const mean = (a: number[]) => a.reduce((x, y) => x + y, 0) / a.length;
async function bench(name: string, progs: string[], reps: number) {
  const cpu: number[] = [], run: number[] = [], rt: number[] = [], wk: number[] = [];
  for (let r = 0; r < reps; r++)
    for (const program of progs) {
      const t = performance.now();
      const res = await sb.run({ program, limits });
      if (res.status !== 'completed') throw new Error(res.message);
      cpu.push(res.cpuMs); run.push(res.timing!.runMs); rt.push(performance.now() - t); wk.push(res.timing!.workerMs);
    }
  console.log(`${name.padEnd(20)} cpu mean ${mean(cpu).toFixed(2)} med ${med(cpu).toFixed(2)} | run mean ${mean(run).toFixed(2)} | worker ${mean(wk).toFixed(2)} | roundtrip ${mean(rt).toFixed(2)}`);
}
await bench('warmup', ['pass'], 5);
await bench('pass', ['pass'], 60);
await bench('import random', ['import random'], 40);
await bench('import typing', ['import typing'], 40);
const progs = (JSON.parse(readFileSync('/tmp/es/programs.json', 'utf8')) as { program: string }[]).map((p) => p.program);
await bench('workload', progs, 1);
await bench('pass', ['pass'], 60);
await sb.close();
