// How a copy of a story is named to the analyst: its outlet, else its site, else its title.
import type { StoryMember } from '../../../../src-preload/contract';
import { stripBidiControls } from '../../../../src-shared/text-safety';

export function memberName(member: StoryMember): string {
  return stripBidiControls(member.outlet ?? member.domain ?? member.title).trim() || member.id;
}

/** "4 copies": how the list and the reader count a story. */
export function copiesLabel(copies: number): string {
  return `${copies.toLocaleString()} ${copies === 1 ? 'copy' : 'copies'}`;
}
