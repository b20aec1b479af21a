// The command-line scripts' argument reading: node's parseArgs, with its errors turned into usage errors
// that the scripts print beside their usage line (and exit 2).
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Bad input on the command line: the script says why, prints its usage and exits 2. */
export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses the arguments with positionals allowed; an unknown option or a bad value is a UsageError. */
export function readArgs<O extends Options>(
  argv: string[],
  options: O,
): ReturnType<typeof parseArgs<{ args: string[]; options: O; allowPositionals: true }>> {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const unknown = /^Unknown option '([^']+)'/.exec(message);
    throw new UsageError(unknown ? `unknown option ${unknown[1]}` : message);
  }
}
