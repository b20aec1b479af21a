// Runs one of the project's command-line scripts the way `npm run` does (tsx on this Node), capturing its
// output and exit code, for the tests of `npm run scan` and `npm run brief`.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');

/**
 * Time allowed to a test that starts scripts: each is a new Node process compiling TypeScript, which takes
 * seconds on a loaded 2-core machine (eight at once took over 20 s beside the bench). A limit, not a measure.
 */
export const SCRIPT_TEST = { timeout: 120_000 } as const;

export interface ScriptRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runScript(script: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<ScriptRun> {
  return new Promise((done, fail) => {
    const { INIT_CWD: _ignored, ...inherited } = process.env;
    const child = spawn(process.execPath, [tsxCli, script, ...args], {
      cwd: REPO_ROOT,
      env: { ...inherited, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}
