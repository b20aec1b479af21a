// The typed emitter every service publishes its events through: subscribe, be told, unsubscribe.
import { describe, expect, it } from 'vitest';
import { Emitter } from '../../../../src-main/services/emitter';

describe('Emitter', () => {
  it('tells every listener subscribed, in order, and no one after they unsubscribe', () => {
    const emitter = new Emitter<number>();
    const heard: string[] = [];
    const offA = emitter.on((n) => heard.push(`a${n}`));
    emitter.on((n) => heard.push(`b${n}`));
    emitter.emit(1);
    offA();
    emitter.emit(2);
    expect(heard).toEqual(['a1', 'b1', 'b2']);
  });

  it('keeps a listener subscribed twice apart from one subscribed once', () => {
    const emitter = new Emitter<string>();
    const heard: string[] = [];
    const listener = (s: string): void => void heard.push(s);
    const off = emitter.on(listener);
    emitter.on(listener);
    emitter.emit('x');
    off();
    emitter.emit('y');
    expect(heard).toEqual(['x']);
  });
});
