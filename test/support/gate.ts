// A promise the test opens when it chooses: what a fake or a hook waits on to hold the code under test at
// one point until the test has looked.
export class Gate {
  private open: () => void = () => undefined;
  readonly opened = new Promise<void>((resolve) => (this.open = resolve));

  release(): void {
    this.open();
  }
}
