import { describe, expect, it } from 'vitest';
import { ftsColumnQuery, ftsPrefixPhrase } from '../../../src-main/core/models/fts-query';

describe('search words as FTS queries', () => {
  it('turns a folded word into a phrase of word prefixes', () => {
    expect(ftsPrefixPhrase('dang')).toBe('"dang*"');
    expect(ftsPrefixPhrase('19/8')).toBe('"19* 8*"');
  });

  it('leaves no FTS operator or quote from user text', () => {
    expect(ftsPrefixPhrase('"or"')).toBe('"or*"');
    expect(ftsPrefixPhrase('*-^')).toBeNull();
    expect(ftsColumnQuery('name', 'nguyen "van" near/3')).toBe('name:nguyen* name:van* name:near* name:3*');
    expect(ftsColumnQuery('leader', '  ')).toBeNull();
  });
});
