// The application menu's commands (and their shortcuts: Ctrl+F, Ctrl+O, Ctrl+1…) wired to what the page
// does for each; every command must have an action, so a new one does not compile until it is handled.
import { useEffect, useRef } from 'react';
import type { AppCommand } from '../../../src-preload/contract';
import { getApi } from '../platform/api';

export type AppCommands = Readonly<Record<AppCommand, () => void>>;

export function useAppCommands(commands: AppCommands): void {
  // The listener stays subscribed; it calls whatever the latest render's actions are.
  const latest = useRef(commands);
  useEffect(() => {
    latest.current = commands;
  });
  useEffect(() => getApi().onAppCommand((command) => latest.current[command]()), []);
}
