// Holds a folder's background read at the start of a phase (through the library service's phase gate),
// so an end-to-end test sees what the analyst sees then, however fast the machine, and lets it go on.
import { resolve } from 'node:path';
import type { ScanProgress } from '../../../src-preload/contract';
import type { PhaseGate } from '../../../src-main/library/open/background-read';
import { Gate } from '../../support/gate';

export interface PhaseHold {
  /** Resolves once the read has reached the phase and waits there. */
  readonly reached: Promise<void>;
  release(): void;
}

export class PhaseHolds {
  private readonly holds = new Map<string, { readonly reached: Gate; readonly released: Gate }>();

  /** The gate to give the library service. */
  readonly gate: PhaseGate = async (root, phase) => {
    const held = this.holds.get(`${root}\0${phase}`);
    if (!held) return;
    held.reached.release();
    await held.released.opened;
  };

  /** Holds the next read of this folder at the start of this phase until released. */
  hold(folder: string, phase: ScanProgress['phase']): PhaseHold {
    const held = { reached: new Gate(), released: new Gate() };
    this.holds.set(`${resolve(folder)}\0${phase}`, held);
    return { reached: held.reached.opened, release: () => held.released.release() };
  }

  /** Lets every held read go (a test that failed while holding one must not hang the host's close). */
  releaseAll(): void {
    for (const { released } of this.holds.values()) released.release();
    this.holds.clear();
  }
}
