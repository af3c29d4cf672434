/** A unit as the picker shows it: name, kind and the path of its parents ("Tỉnh › Xã"). */
export interface UnitOption {
  id: string;
  name: string;
  kind: string;
  code: string | null;
  /** Parents' names root first, joined with ' › '; empty for a root. */
  path: string;
  hasChildren: boolean;
  validUntil: string | null;
}

/** What the picker needs from the units API (the units store provides it). */
export interface UnitTreeSource {
  search(query: string): Promise<UnitOption[]>;
  children(parentId: string | null): Promise<UnitOption[]>;
}

/** One visible line of the tree. */
export interface TreeLine {
  unit: UnitOption;
  depth: number;
  expanded: boolean;
}

/** The picker's tree: children loaded on demand, expanded nodes remembered, flattened for a listbox. */
export class UnitTree {
  private readonly kids = new Map<string | null, UnitOption[]>();
  private readonly open = new Set<string>();

  has(parentId: string | null): boolean {
    return this.kids.has(parentId);
  }

  setChildren(parentId: string | null, rows: UnitOption[]): void {
    this.kids.set(parentId, rows);
  }

  isExpanded(id: string): boolean {
    return this.open.has(id);
  }

  expand(id: string): void {
    this.open.add(id);
  }

  collapse(id: string): void {
    this.open.delete(id);
  }

  /** The lines shown: roots, and under each expanded node its loaded children. */
  lines(): TreeLine[] {
    const out: TreeLine[] = [];
    const walk = (parentId: string | null, depth: number) => {
      for (const unit of this.kids.get(parentId) ?? []) {
        const expanded = this.open.has(unit.id);
        out.push({ unit, depth, expanded });
        if (expanded) walk(unit.id, depth + 1);
      }
    };
    walk(null, 0);
    return out;
  }

  /** The line's parent in the tree (for ArrowLeft on a collapsed child). */
  parentOf(id: string): string | null {
    for (const [parent, rows] of this.kids) if (rows.some((r) => r.id === id)) return parent;
    return null;
  }
}

/** "Tỉnh Hải Dương › Huyện Gia Lộc" from a path of names. */
export function joinPath(names: readonly string[]): string {
  return names.join(' › ');
}
