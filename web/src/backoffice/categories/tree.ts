/** Categories as the API nests them, flattened for pickers and lists: `Minuman > Kopi`. */
import type { AdminCategoriesQuery } from '../../__generated__/operations';

export type CategoryNode = AdminCategoriesQuery['categories'][number];

interface Nested {
  id: string;
  name: string;
  position: number;
  path: string[];
  parent?: { id: string } | null;
  children?: Nested[];
}

export interface FlatCategory {
  id: string;
  name: string;
  label: string;
  depth: number;
  position: number;
  parentId: string | null;
}

export function flattenCategories(roots: readonly Nested[]): FlatCategory[] {
  const out: FlatCategory[] = [];
  const walk = (nodes: readonly Nested[]) => {
    for (const n of nodes) {
      out.push({
        id: n.id,
        name: n.name,
        label: n.path.join(' > '),
        depth: n.path.length - 1,
        position: n.position,
        parentId: n.parent?.id ?? null,
      });
      if (n.children) walk(n.children);
    }
  };
  walk(roots);
  return out;
}
