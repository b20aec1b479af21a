// Child process of the evidence bench: one session (evidence-session.ts) in a process of its own, so the
// bench's other work never shares its event loop or heap. Its options come as one JSON argument; it prints
// one JSON line on stdout, progress on stderr.
import { evidenceSession, type SessionOptions } from './evidence-session';

async function main(): Promise<void> {
  const arg = process.argv[2];
  if (arg === undefined) throw new Error('usage: evidence-run \'{"root": …, "workFile": …, …}\'');
  const options = JSON.parse(arg) as Omit<SessionOptions, 'say'>;
  const result = await evidenceSession({ ...options, say: (text) => void process.stderr.write(`    ${text}\n`) });
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
