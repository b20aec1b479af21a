// What went wrong in a call to main, as the analyst should read it.

/** IPC errors arrive as "Error invoking remote method 'x': Error: reason"; keep the reason. */
export function errorMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/^Error invoking remote method '[^']+': (\w*Error: )?/, '');
}
