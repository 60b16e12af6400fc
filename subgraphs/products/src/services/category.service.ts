import { badInput, errorResult, getOwned, notFound, type Viewer } from '@pos/kit';
import type { CategoryDoc, ProductsModels } from '../models';
import { newId } from './ids';
import * as v from './validation';

export interface CreateCategoryInput {
  name: string;
  parentId?: string | null;
  position?: number | null;
}

export interface UpdateCategoryInput {
  name?: string | null;
  parentId?: string | null;
  moveToTop?: boolean | null;
  position?: number | null;
}

const inOrder = (a: CategoryDoc, b: CategoryDoc) => a.position - b.position || a.name.localeCompare(b.name);

/** The category tree of the viewer's merchant. */
export class CategoryService {
  constructor(
    private readonly models: ProductsModels,
    private readonly viewer: Viewer,
  ) {}

  private get merchantId() {
    return this.viewer.merchantId;
  }

  async children(parentId: string | null): Promise<CategoryDoc[]> {
    const rows = await this.models.categories
      .find({ merchantId: this.merchantId, parentId: parentId ?? null })
      .lean<CategoryDoc[]>();
    return rows.sort(inOrder);
  }

  get(id: string): Promise<CategoryDoc | null> {
    return getOwned<CategoryDoc>(this.models.categories, id, this.merchantId);
  }

  async create(input: CreateCategoryInput): Promise<CategoryDoc> {
    const name = v.categoryName(input.name);
    const parentId = input.parentId ?? null;
    if (parentId) await this.require(parentId);
    const position =
      input.position == null
        ? await this.nextPosition(parentId)
        : v.nonNegativeInt(input.position, 'position');
    const doc = { _id: newId(), merchantId: this.merchantId, name, parentId, position };
    await this.models.categories.create(doc);
    return this.require(doc._id);
  }

  async update(id: string, input: UpdateCategoryInput) {
    await this.require(id);
    const set: Record<string, unknown> = {};
    if (input.name != null) set.name = v.categoryName(input.name);
    if (input.position != null) set.position = v.nonNegativeInt(input.position, 'position');
    if (input.moveToTop) set.parentId = null;
    else if (input.parentId) {
      if (await this.wouldCycle(id, input.parentId))
        return errorResult(
          'InvalidCategoryMove',
          'A category cannot move under itself or its own subcategories',
        );
      set.parentId = input.parentId;
    }
    await this.models.categories.updateOne({ merchantId: this.merchantId, _id: id }, { $set: set });
    return this.require(id);
  }

  async delete(id: string) {
    await this.require(id);
    const [children, products] = await Promise.all([
      this.models.categories.countDocuments({ merchantId: this.merchantId, parentId: id }),
      this.models.products.countDocuments({ merchantId: this.merchantId, categoryId: id }),
    ]);
    if (children > 0 || products > 0) {
      return errorResult(
        'CategoryNotEmpty',
        `The category still has ${children} subcategories and ${products} products`,
      );
    }
    await this.models.categories.deleteOne({ merchantId: this.merchantId, _id: id });
    return { __typename: 'CategoryDeleted' as const, id };
  }

  /** Finds each level of a path by name (case-insensitive), creating what is missing; returns the last id. */
  async ensurePath(names: readonly string[]): Promise<string> {
    let parentId: string | null = null;
    for (const raw of names) {
      const name = v.categoryName(raw, 'category');
      const siblings = await this.children(parentId);
      const found = siblings.find((c) => c.name.toLowerCase() === name.toLowerCase());
      parentId = found ? found._id : (await this.create({ name, parentId }))._id;
    }
    if (!parentId) throw badInput('The category path is empty', 'category');
    return parentId;
  }

  /** Names from the top down to the category. */
  async path(category: CategoryDoc): Promise<string[]> {
    const all = await this.models.categories.find({ merchantId: this.merchantId }).lean<CategoryDoc[]>();
    const byId = new Map(all.map((c) => [c._id, c]));
    const names = [category.name];
    let parentId = category.parentId;
    for (let depth = 0; parentId && depth < 50; depth++) {
      const parent = byId.get(parentId);
      if (!parent) break;
      names.unshift(parent.name);
      parentId = parent.parentId;
    }
    return names;
  }

  /** True when `newParentId` is the category or one of its subcategories (or the tree is too deep). */
  private async wouldCycle(id: string, newParentId: string): Promise<boolean> {
    let cursor: string | null | undefined = newParentId;
    for (let depth = 0; cursor; depth++) {
      if (cursor === id || depth > 50) return true;
      cursor = (await this.require(cursor)).parentId;
    }
    return false;
  }

  private async nextPosition(parentId: string | null): Promise<number> {
    const siblings = await this.children(parentId);
    return siblings.reduce((max, c) => Math.max(max, c.position + 1), 0);
  }

  private async require(id: string): Promise<CategoryDoc> {
    const c = await this.get(id);
    if (!c) throw notFound('Category');
    return c;
  }
}
