// Starts an atomic write of `target` in a child process (test/unit/main/files/write-then-hang.ts), waits
// until half of it is on disk, and kills the process there: the crash the atomic-write tests recover from.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { TSX } from './worker-scripts';

const WRITER = resolve(__dirname, '../unit/main/files/write-then-hang.ts');

export async function killMidWrite(target: string): Promise<void> {
  const child = spawn(process.execPath, [...TSX, WRITER, target], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise((done) => child.on('exit', done));
  await new Promise<void>((done, fail) => {
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => chunk.includes('writing') && done());
    child.on('exit', () => fail(new Error('the writer exited before it began writing')));
  });
  child.kill('SIGKILL');
  await exited;
}
