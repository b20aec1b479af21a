// The files this session exported, by the path main's own save wrote: the page may ask to open or show
// one of these, and only these, so an untrusted page cannot have main open a path it made up.

/** The last exports are plenty to open or show from their notices. */
const KEPT = 200;

export class ExportedFiles {
  private readonly paths: string[] = [];

  remember(path: string): void {
    const at = this.paths.indexOf(path);
    if (at !== -1) this.paths.splice(at, 1);
    this.paths.push(path);
    if (this.paths.length > KEPT) this.paths.shift();
  }

  /** The path exactly as a save returned it; anything else (another spelling of it included) is refused. */
  check(path: string): string {
    if (!this.paths.includes(path)) throw new Error('Dossier opens only files it exported in this session.');
    return path;
  }
}
