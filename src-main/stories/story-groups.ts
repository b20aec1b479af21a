// Stories among a set of articles held in memory, for a one-off reading of a folder (`npm run scan`):
// the same signatures, banding and decision rule as the catalog's (story-index.ts), connected the same
// way, with the same origin rule (the earliest dated copy, ties: the first added). Pure.
import { bandKeys } from './bands';
import { isCopy } from './compare';
import type { StorySignature } from './signature';

export interface StoryPlace {
  /** The same for every copy of one story: the id of its first-added copy. */
  readonly cluster: string;
  readonly origin: boolean;
}

interface Added {
  readonly id: string;
  readonly date: string | null;
  readonly signature: StorySignature;
}

export class StoryGroups {
  private readonly added: Added[] = [];
  private readonly bands = new Map<number, number[]>();
  private readonly parent: number[] = [];

  /** Adds an article (in the order it was seen); `date` is its ISO date or null. */
  add(id: string, date: string | null, signature: StorySignature): void {
    const index = this.added.length;
    this.added.push({ id, date, signature });
    this.parent.push(index);
    const compared = new Set<number>();
    for (const key of bandKeys(signature)) {
      const docs = this.bands.get(key);
      if (!docs) {
        this.bands.set(key, [index]);
        continue;
      }
      for (const other of docs) {
        if (compared.has(other)) continue;
        compared.add(other);
        if (isCopy(signature, (this.added[other] as Added).signature)) this.union(index, other);
      }
      docs.push(index);
    }
  }

  private find(index: number): number {
    let top = index;
    while (this.parent[top] !== top) top = this.parent[top] as number;
    this.parent[index] = top;
    return top;
  }

  private union(a: number, b: number): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }

  /** Each article with copies, by id: its story and whether it is the first publisher. */
  places(): Map<string, StoryPlace> {
    const groups = new Map<number, number[]>();
    this.added.forEach((_, index) => {
      const top = this.find(index);
      const group = groups.get(top);
      if (group) group.push(index);
      else groups.set(top, [index]);
    });
    const places = new Map<string, StoryPlace>();
    for (const [top, members] of groups) {
      if (members.length < 2) continue;
      const cluster = (this.added[top] as Added).id;
      const origin = members.reduce((first, member) => (this.before(member, first) ? member : first));
      for (const member of members)
        places.set((this.added[member] as Added).id, { cluster, origin: member === origin });
    }
    return places;
  }

  /** Published first: dated before undated, then by date, then added first. */
  private before(a: number, b: number): boolean {
    const [da, db] = [(this.added[a] as Added).date, (this.added[b] as Added).date];
    if (da !== db) return db === null || (da !== null && da < db);
    return a < b;
  }
}
