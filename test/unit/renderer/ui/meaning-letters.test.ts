// The letters that tell a highlight's meaning without its colour: unique per palette, from the names the
// analyst gives, in any script.
import { describe, expect, it } from 'vitest';
import { meaningLetters } from '../../../../src-renderer/src/ui/meaning-letters';
import { DEFAULT_PALETTE } from '../../../../src-renderer/src/db/schema';

describe('meaningLetters', () => {
  it('gives the default meanings distinct letters, two where meanings start alike', () => {
    const letters = meaningLetters(DEFAULT_PALETTE);
    expect([...letters.values()]).toEqual(['K', 'Cl', 'Cn', 'Ct', 'F']);
  });

  it('follows a renamed meaning, in any script', () => {
    const palette = [
      { key: 'yellow', label: 'حقيقة' },
      { key: 'red', label: 'טענה' },
      { key: 'purple', label: '“quoted” source' },
    ] as const;
    expect([...meaningLetters(palette).values()]).toEqual(['ح', 'ט', 'Q']);
  });

  it('falls back to the colour’s number where no letter tells two meanings apart', () => {
    const palette = [
      { key: 'yellow', label: 'Aa' },
      { key: 'red', label: 'Aa' },
      { key: 'blue', label: 'Blue' },
      { key: 'green', label: '…' },
    ] as const;
    expect([...meaningLetters(palette).values()]).toEqual(['1', '2', 'B', '4']);
  });
});
