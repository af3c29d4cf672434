import { describe, expect, it } from 'vitest';
import { cleanInput, MAX_INPUT_DEPTH, MAX_OBJECT_KEYS } from '../../../src-main/core/api/input-clean';
import { firstBadCharacter } from '../../../src-main/shared/safe-text';

describe('cleanInput', () => {
  it('normalises text to NFC and keeps tabs and line breaks for the schema to judge', () => {
    const nfd = 'Nguyễn Thị Ánh'.normalize('NFD');
    const r = cleanInput({ names: [nfd, 'Dòng một\r\nDòng\thai', 3, null, true] });
    expect(r).toEqual({ ok: true, value: { names: ['Nguyễn Thị Ánh', 'Dòng một\r\nDòng\thai', 3, null, true] } });
  });

  it('refuses nesting deeper than the bound at the place it happens', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < MAX_INPUT_DEPTH; i++) deep = [deep];
    expect(cleanInput({ a: deep }).ok).toBe(false);
    expect(cleanInput(deep).ok).toBe(true);
    const r = cleanInput({ a: { b: deep } });
    expect(r.ok ? [] : r.issues[0]?.path.slice(0, 3)).toEqual(['a', 'b', 0]);
  });

  it('refuses an object with too many keys, and drops prototype keys without touching any prototype', () => {
    const wide = Object.fromEntries(Array.from({ length: MAX_OBJECT_KEYS + 1 }, (_, i) => [`k${i}`, i]));
    expect(cleanInput({ wide }).ok).toBe(false);
    const r = cleanInput(JSON.parse('{"__proto__": {"admin": true}, "constructor": {"prototype": {"x": 1}}, "name": "A"}'));
    expect(r).toEqual({ ok: true, value: { name: 'A' } });
    expect(r.ok && Object.getPrototypeOf(r.value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it('names the field holding a NUL byte or a lone surrogate, in keys as well as values', () => {
    const nul = cleanInput({ rows: [{ name: 'a\u0000' }] });
    expect(nul).toMatchObject({
      ok: false,
      issues: [{ path: ['rows', 0, 'name'], message: expect.stringMatching(/rows\.0\.name.*U\+0000/) }],
    });
    const surrogate = cleanInput({ ['k\ud800']: 1 });
    expect(surrogate).toMatchObject({ ok: false, issues: [{ path: ['k\ud800'] }] });
  });
});

describe('firstBadCharacter', () => {
  it('tells control characters, lone surrogates and, in one-line fields, tabs and line breaks', () => {
    expect(firstBadCharacter('Bắc Ninh 😀', false)).toBeNull();
    expect(firstBadCharacter('a\u009fb', true)).toMatch(/U\+009F/);
    expect(firstBadCharacter('\udc00', true)).toMatch(/Unicode/);
    expect(firstBadCharacter('a\tb', true)).toBeNull();
    expect(firstBadCharacter('a\tb', false)).toMatch(/tab/);
    expect(firstBadCharacter('a\nb', false)).toMatch(/xuống dòng/);
  });
});
