import type { ReadDb } from '../db/types';
import { foldForSearch, searchPatterns } from '../text/fold';
import type { Where } from '../db/where';
import { ftsPrefixPhrase } from './fts-query';

/** Models whose FTS row (folded name, leader; docid = seq) matches the bound MATCH expression. */
export const FTS_HIT = 'm.seq IN (SELECT docid FROM security_models_fts WHERE security_models_fts MATCH ?)';
export const UNIT_NAME_HIT = "m.unit_id IN (SELECT id FROM units WHERE name_search LIKE ? ESCAPE '\\')";

/** More units than this matching one word: match them by a subquery instead of listing their ids. */
const MAX_UNIT_IDS = 200;

/**
 * The search box: every word must start a word of the model's name or leader (FTS index), or appear
 * in its unit's name. Units are few, so their matches are looked up first: words no unit name contains
 * (the usual case) go into one FTS query, which intersects them inside the index; an OR with the
 * units costs a row-set merge, so it is paid only for words that need it. Returns that FTS query.
 */
export function addSearch(db: ReadDb, where: Where, text: string): string | null {
  const words = foldForSearch(text)
    .split(' ')
    .filter((w) => w.length > 0);
  const patterns = searchPatterns(text);
  const ftsOnly: string[] = [];
  words.forEach((word, i) => {
    const phrase = ftsPrefixPhrase(word);
    const pattern = patterns[i] ?? '';
    const units = db
      .all<{ id: string }>(`SELECT id FROM units WHERE name_search LIKE ? ESCAPE '\\' LIMIT ${MAX_UNIT_IDS + 1}`, [pattern])
      .map((u) => u.id);
    if (units.length === 0 && phrase) ftsOnly.push(phrase);
    else if (units.length === 0) where.add('0');
    else {
      const unitHit =
        units.length > MAX_UNIT_IDS
          ? { sql: UNIT_NAME_HIT, params: [pattern] }
          : { sql: `m.unit_id IN (${units.map(() => '?').join(', ')})`, params: units };
      if (phrase) where.add(`(${FTS_HIT} OR ${unitHit.sql})`, phrase, ...unitHit.params);
      else where.add(unitHit.sql, ...unitHit.params);
    }
  });
  if (ftsOnly.length === 0) return null;
  const match = ftsOnly.join(' ');
  where.add(FTS_HIT, match);
  return match;
}
