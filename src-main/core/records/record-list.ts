import type { z } from 'zod';
import { AppError, type FieldIssue } from '../api/errors';
import { zodIssuesToVietnamese } from '../api/zod-messages';
import type { ListQuery } from '../../contract/list-query';

/**
 * Pure checks of a grid's ListQuery against one record kind's whitelists, before anything reaches
 * SQL: unknown filter keys or sort columns are refused with a Vietnamese issue on their path instead
 * of being ignored, so a renderer bug shows up at once.
 */

/** Parses `query.filters` (all strings from the grid) with the record kind's filter schema. */
export function parseListFilters<S extends z.ZodType>(schema: S, filters: ListQuery['filters']): z.output<S> {
  const parsed = schema.safeParse(filters);
  if (parsed.success) return parsed.data;
  const issues: FieldIssue[] = [];
  for (const issue of parsed.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) issues.push({ path: ['filters', key], message: `Không lọc được theo cột "${key}".` });
    } else {
      for (const i of zodIssuesToVietnamese([issue])) issues.push({ ...i, path: ['filters', ...i.path] });
    }
  }
  throw listError(issues);
}

/** Checks that every sort column is one of `sortable`; returns the sort entries unchanged. */
export function checkSortColumns(sort: ListQuery['sort'], sortable: readonly string[]): ListQuery['sort'] {
  const issues: FieldIssue[] = [];
  sort.forEach((s, i) => {
    if (!sortable.includes(s.column)) issues.push({ path: ['sort', i, 'column'], message: `Không sắp xếp được theo cột "${s.column}".` });
  });
  if (issues.length > 0) throw listError(issues);
  return sort;
}

/**
 * One search word as an FTS4 phrase of prefixes: "nguyen-van" → `"nguyen* van*"`. The words come
 * folded (text/fold.ts), and splitting on anything but letters and digits leaves no FTS operator
 * (quotes, parentheses, '-', ':') in the phrase.
 */
export function ftsPrefixPhrase(foldedWord: string): string | null {
  const tokens = ftsTokens(foldedWord);
  return tokens.length === 0 ? null : `"${tokens.map((t) => `${t}*`).join(' ')}"`;
}

/**
 * A column filter as an FTS4 query: each token a prefix in that column, all required. Tokens go one by
 * one because FTS4's standard syntax does not allow a column prefix on a quoted phrase.
 */
export function ftsColumnQuery(column: string, foldedText: string): string | null {
  const tokens = ftsTokens(foldedText);
  return tokens.length === 0 ? null : tokens.map((t) => `${column}:${t}*`).join(' ');
}

function ftsTokens(folded: string): string[] {
  return folded.split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 0);
}

function listError(issues: FieldIssue[]): AppError {
  return new AppError('VALIDATION', issues[0]?.message ?? 'Điều kiện lọc không hợp lệ.', issues);
}
