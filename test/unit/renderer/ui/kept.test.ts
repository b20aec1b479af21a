// Values kept in localStorage: read back as written, damaged JSON read as nothing, and a missing, full or refusing
// store never throws; a page-wide setting reads the store once and tells its watchers when it is set.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { forgetKept, keptSetting, readKept, readKeptJson, writeKept } from '../../../../src-renderer/src/ui/kept';
import { memoryStorage, refusingStorage } from './test-storage';

afterEach(() => vi.unstubAllGlobals());

describe('kept values', () => {
  it('reads back what was kept, as text or JSON, and forgets it', () => {
    const storage = memoryStorage();
    writeKept('dossier.a', 'one', storage);
    writeKept('dossier.b', '{"size":3}', storage);
    expect(readKept('dossier.a', storage)).toBe('one');
    expect(readKeptJson('dossier.b', storage)).toEqual({ size: 3 });
    forgetKept('dossier.a', storage);
    expect(readKept('dossier.a', storage)).toBeNull();
    expect([...storage.items.keys()]).toEqual(['dossier.b']);
  });

  it('reads nothing for a missing key or damaged JSON', () => {
    const storage = memoryStorage();
    expect(readKept('dossier.none', storage)).toBeNull();
    expect(readKeptJson('dossier.none', storage)).toBeUndefined();
    storage.items.set('dossier.bad', '{"size":');
    expect(readKeptJson('dossier.bad', storage)).toBeUndefined();
  });

  it('never throws when the store refuses, or when the page has none', () => {
    expect(readKept('dossier.a', refusingStorage)).toBeNull();
    expect(readKeptJson('dossier.a', refusingStorage)).toBeUndefined();
    expect(() => writeKept('dossier.a', 'x', refusingStorage)).not.toThrow();
    expect(() => forgetKept('dossier.a', refusingStorage)).not.toThrow();
    expect(readKept('dossier.a', null)).toBeNull();
    expect(() => writeKept('dossier.a', 'x', null)).not.toThrow();
  });

  it('uses the page store by default, and copes when reaching it is refused', () => {
    const storage = memoryStorage();
    vi.stubGlobal('localStorage', storage);
    writeKept('dossier.page', 'kept');
    expect(storage.items.get('dossier.page')).toBe('kept');
    expect(readKept('dossier.page')).toBe('kept');
    vi.stubGlobal('localStorage', refusingStorage);
    expect(readKept('dossier.page')).toBeNull();
    expect(() => writeKept('dossier.page', 'again')).not.toThrow();
  });

  it('copes when even reaching the page store is refused (a blocked profile)', () => {
    const before = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get: () => {
        throw new Error('SecurityError');
      },
    });
    try {
      expect(readKept('dossier.page')).toBeNull();
      expect(readKeptJson('dossier.page')).toBeUndefined();
      expect(() => writeKept('dossier.page', 'x')).not.toThrow();
      expect(() => forgetKept('dossier.page')).not.toThrow();
    } finally {
      if (before) Object.defineProperty(globalThis, 'localStorage', before);
      else Reflect.deleteProperty(globalThis, 'localStorage');
    }
  });
});

describe('a kept setting', () => {
  it('reads the store once, writes through, and tells its watchers', () => {
    const storage = memoryStorage();
    storage.items.set('dossier.flag', 'true');
    vi.stubGlobal('localStorage', storage);
    const getItem = vi.spyOn(storage, 'getItem');
    const flag = keptSetting('dossier.flag', (raw) => raw === 'true', String);
    expect(flag.get()).toBe(true);
    expect(flag.get()).toBe(true);
    expect(getItem).toHaveBeenCalledTimes(1);
    const heard = vi.fn<() => void>();
    const stop = flag.subscribe(heard);
    flag.set(false);
    expect(heard).toHaveBeenCalledTimes(1);
    expect(flag.get()).toBe(false);
    expect(storage.items.get('dossier.flag')).toBe('false');
    stop();
    flag.set(true);
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('holds a value set for the session when the store refuses it', () => {
    vi.stubGlobal('localStorage', refusingStorage);
    const flag = keptSetting('dossier.flag', (raw) => raw === 'true', String);
    expect(flag.get()).toBe(false);
    flag.set(true);
    expect(flag.get()).toBe(true);
  });
});
