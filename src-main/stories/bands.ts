// LSH banding of a signature: one integer key per band (the band's number in the high bits, a hash of its
// values in the low 32), so texts that share any key are candidate copies (parameters.ts). Pure.
import { BANDS, ROWS_PER_BAND } from './parameters';
import { hasSignature, type StorySignature } from './signature';

const LOW = 2 ** 32;

/** The signature's band keys (none for a text too short to have a signature); safe integers. */
export function bandKeys(signature: StorySignature): number[] {
  if (!hasSignature(signature)) return [];
  const keys: number[] = [];
  for (let band = 0; band < BANDS; band++) {
    let h = Math.imul(band + 1, 0x9e3779b1);
    for (let row = 0; row < ROWS_PER_BAND; row++) {
      h = Math.imul(h ^ (signature.mins[band * ROWS_PER_BAND + row] as number), 0x01000193);
      h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
    }
    keys.push(band * LOW + ((h ^ (h >>> 13)) >>> 0));
  }
  return keys;
}
