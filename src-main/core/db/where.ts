import { searchPatterns } from '../text/fold';
import type { SqlValue } from './types';

/**
 * A WHERE clause built from parts, each with its bound parameters, for every list query (grids). Column
 * names come from the caller's whitelists; values are always bound.
 */
export class Where {
  readonly parts: string[] = [];
  readonly params: SqlValue[] = [];

  add(sql: string, ...params: SqlValue[]): this {
    this.parts.push(sql);
    this.params.push(...params);
    return this;
  }

  /** Every word of the search text must match one of the SQL conditions, each taking the pattern once. */
  search(text: string, conditions: readonly string[]): this {
    for (const pattern of searchPatterns(text)) {
      this.add(`(${conditions.join(' OR ')})`, ...conditions.map(() => pattern));
    }
    return this;
  }

  toSql(): string {
    return this.parts.length === 0 ? '' : `WHERE ${this.parts.join(' AND ')}`;
  }
}
