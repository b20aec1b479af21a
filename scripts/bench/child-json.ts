// Runs a bench step script in a process of its own (under tsx) and returns the JSON line it prints last, so
// one step's memory never shows in the next.
import { spawn } from 'node:child_process';
import { basename } from 'node:path';

/** Spawns `script` with `args`; resolves with its last stdout line parsed as JSON, or fails naming the step. */
export function runJsonChild<T>(script: string, args: readonly string[], step = ''): Promise<T> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.on('error', fail);
    child.on('close', (code) => {
      const last = stdout.trim().split('\n').at(-1) ?? '';
      const name = `${basename(script, '.ts')}${step ? ` ${step}` : ''}`;
      if (code !== 0 || !last.startsWith('{')) fail(new Error(`${name} exited ${code}`));
      else done(JSON.parse(last) as T);
    });
  });
}
