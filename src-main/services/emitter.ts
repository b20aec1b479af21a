// One typed event of a service: listeners subscribe with on() and get back the function that unsubscribes
// them, as the page's onX(listener) -> unsubscribe does; emit() tells each listener subscribed then.
export type Listener<T> = (payload: T) => void;

export class Emitter<T> {
  private readonly listeners = new Set<Listener<T>>();

  on(listener: Listener<T>): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  emit(payload: T): void {
    for (const listener of this.listeners) listener(payload);
  }
}
