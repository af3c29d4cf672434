/** One field of a refused form save: the clerk's value and the saved one, as text. */
export interface FormConflictLine {
  label: string;
  mine: string;
  theirs: string;
}

const shown = (text: string) => (text.trim() === '' ? '(trống)' : text);

/**
 * The fields that differ between what the clerk is saving and what another window saved meanwhile; when
 * the other save changed none of the form's fields, every field, so the clerk still sees what is kept.
 */
export function formConflictLines(fields: readonly FormConflictLine[]): FormConflictLine[] {
  const lines = fields.map((f) => ({ label: f.label, mine: shown(f.mine), theirs: shown(f.theirs) }));
  const differing = lines.filter((l) => l.mine !== l.theirs);
  return differing.length > 0 ? differing : lines;
}
