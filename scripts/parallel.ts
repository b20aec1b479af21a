// Runs npm scripts side by side (as many at a time as there are cores) and prints each one's output whole
// once it ends, with its time; exits 1 if any failed, after all have ended so every failure is reported.
// `npm test` runs its independent checks and the app's build this way: tsc, prettier and the build each keep
// about one core busy, so on CI's 2 cores two at a time take about half as long as one after another.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

interface Outcome {
  readonly name: string;
  readonly ok: boolean;
  readonly seconds: number;
}

function runScript(name: string): Promise<Outcome> {
  const started = performance.now();
  return new Promise((done) => {
    // One shell line, so that Windows finds npm.cmd; script names are plain words (checked below).
    const child = spawn(`npm run --silent ${name}`, { shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    const finish = (ok: boolean, extra = ''): void => {
      const seconds = (performance.now() - started) / 1000;
      process.stdout.write(`── ${name}: ${ok ? 'passed' : 'FAILED'} in ${seconds.toFixed(1)} s\n`);
      const output = Buffer.concat(chunks).toString('utf8') + extra;
      if (output.trim() !== '') process.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
      done({ name, ok, seconds });
    };
    child.on('error', (error) => finish(false, `${error.message}\n`));
    child.on('close', (code) => finish(code === 0));
  });
}

async function main(args: readonly string[]): Promise<number> {
  const names = args.filter((arg) => arg !== '');
  const bad = names.filter((name) => !/^[\w:.-]+$/.test(name));
  if (names.length === 0 || bad.length > 0) {
    process.stderr.write('usage: tsx scripts/parallel.ts <npm script> [<npm script> ...]\n');
    return 2;
  }
  const queue = [...names];
  const outcomes: Outcome[] = [];
  const lane = async (): Promise<void> => {
    for (let name = queue.shift(); name !== undefined; name = queue.shift()) outcomes.push(await runScript(name));
  };
  await Promise.all(Array.from({ length: Math.min(availableParallelism(), names.length) }, lane));
  const failed = outcomes.filter((outcome) => !outcome.ok).map((outcome) => outcome.name);
  if (failed.length > 0) process.stdout.write(`── failed: ${failed.join(', ')}\n`);
  return failed.length > 0 ? 1 : 0;
}

void main(process.argv.slice(2)).then((code) => process.exit(code));
