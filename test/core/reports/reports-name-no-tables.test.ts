import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { domains } from '../../../src-main/core/app/domains';

/**
 * Reports ask each domain for its figures (<domain>-figures.repo.ts); they never query a domain's
 * table themselves. SQL reaches sql.js only as a string, so every string and template literal under
 * reports/ is read (import paths excepted) and none may name a table that a migration creates.
 */
const REPORTS_DIR = resolve(__dirname, '../../../src-main/core/reports');

/**
 * Tables created by the schema steps of every other domain, read from the SQL itself (reports' own
 * table, the saved report headers, is its to read).
 */
function tablesFromMigrations(): string[] {
  const created = /\bCREATE\s+(?:VIRTUAL\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?["`[]?(\w+)/gi;
  const others = domains.filter((d) => d.name !== 'reports').flatMap((d) => d.migrations);
  const names = others.flatMap((m) => [...m.sql.matchAll(created)].map((match) => match[1]!));
  return [...new Set(names)].sort();
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.(m?ts|tsx|m?js)$/.test(e.name) ? [path] : [];
  });
}

function isModuleSpecifier(node: ts.Node): boolean {
  const p = node.parent;
  return (
    ts.isImportDeclaration(p) ||
    ts.isExportDeclaration(p) ||
    ts.isExternalModuleReference(p) ||
    (ts.isLiteralTypeNode(p) && ts.isImportTypeNode(p.parent)) ||
    (ts.isCallExpression(p) && p.expression.kind === ts.SyntaxKind.ImportKeyword)
  );
}

/** The text of every string and template literal in a source file, piece by piece, import paths left out. */
function literalTexts(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && !isModuleSpecifier(node)) out.push(node.text);
    else if (ts.isTemplateExpression(node)) out.push(node.head.text, ...node.templateSpans.map((s) => s.literal.text));
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

/**
 * Table names standing as words in `source`'s literals. A name followed by a dot is left out: in a
 * report that is an indicator key ('outcomes.tips' is the outcomes domain's figure), and in SQL it is
 * a column qualifier that resolves only with the table named in FROM or JOIN, which is caught.
 */
function tablesNamed(fileName: string, source: string, tables: readonly string[]): string[] {
  const texts = literalTexts(fileName, source);
  return tables.filter((t) => texts.some((text) => new RegExp(`(?<![\\w$])${t}(?![\\w$.])`).test(text)));
}

describe('reports/ and the other domains’ tables', () => {
  const tables = tablesFromMigrations();

  it('reads the table names from the migrations, plain and virtual ones', () => {
    expect(tables.length).toBeGreaterThanOrEqual(10);
    expect(tables).toEqual(expect.arrayContaining(['propaganda_sessions', 'propaganda_sessions_fts']));
  });

  it('finds a table named in SQL and lets import paths and indicator keys be', () => {
    const source = [
      "import { outcomeSums } from '../outcomes';",
      "const key = 'outcomes.tips';",
      'const sql = `SELECT SUM(tips_received) FROM outcomes WHERE period = ${p}`;',
      "const more = 'SELECT 1 FROM propaganda_sessions_fts';",
    ].join('\n');
    expect(tablesNamed('sample.ts', source, tables)).toEqual(['outcomes', 'propaganda_sessions_fts']);
  });

  it('names no table of another domain in any file under reports/', () => {
    const files = sourceFiles(REPORTS_DIR);
    expect(files.length).toBeGreaterThan(5);
    const found = files.flatMap((f) => tablesNamed(f, readFileSync(f, 'utf8'), tables).map((t) => `${relative(REPORTS_DIR, f)}: ${t}`));
    expect(found).toEqual([]);
  });
});
