// File operations for atomic writes that fail the way a full disk does: the write gets part of the data
// onto the disk and then fails with ENOSPC (or the code given), so a test can check that neither the old
// file nor the folder shows a trace of it. Every other call is the real one.
import { NODE_FILE_OPS, type AtomicFileOps } from '../../src-main/files/atomic-write';

export interface FullDisk extends AtomicFileOps {
  /** How many writes failed so far. */
  readonly failures: number;
  /** Lets writes through again, as when space was freed. */
  free(): void;
}

export function fullDisk(code = 'ENOSPC'): FullDisk {
  let failures = 0;
  let full = true;
  const open = (async (path, flags, mode) => {
    const handle = await NODE_FILE_OPS.open(path, flags, mode);
    if (!full || flags !== 'wx') return handle; // only the temporary file is opened 'wx'
    return new Proxy(handle, {
      get: (real, key) =>
        key === 'writeFile'
          ? async (data: string | Uint8Array) => {
              await real.write(Buffer.from(data).subarray(0, 10));
              failures++;
              throw Object.assign(new Error(`${code}: no space left on device, write`), { code });
            }
          : (Reflect.get(real, key, real) as unknown),
    });
  }) as AtomicFileOps['open'];
  return {
    ...NODE_FILE_OPS,
    open,
    get failures() {
      return failures;
    },
    free: () => {
      full = false;
    },
  };
}
