// Child process for the atomic-write test: starts an atomic write of argv[2], writes half of the new
// content, says so on stdout and then hangs, so the test can kill it mid-write.
import { open } from 'node:fs/promises';
import { NODE_FILE_OPS, writeFileAtomic } from '../../../../src-main/files/atomic-write';

const target = process.argv[2] ?? '';
const content = 'new content '.repeat(100_000);

const hangingOpen: typeof open = async (path, flags, mode) => {
  const handle = await open(path, flags, mode);
  if (path === target) return handle; // never: the temp file has its own name
  return new Proxy(handle, {
    get(real, key) {
      if (key !== 'writeFile') return Reflect.get(real, key, real) as unknown;
      return async () => {
        await real.write(content.slice(0, content.length / 2));
        process.stdout.write(`writing ${String(path)}\n`);
        await new Promise(() => undefined);
      };
    },
  });
};

void writeFileAtomic(target, content, { ops: { ...NODE_FILE_OPS, open: hangingOpen } });
