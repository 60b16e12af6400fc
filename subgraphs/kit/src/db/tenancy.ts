import type { Aggregate, MongooseQueryMiddleware, Query, Schema } from 'mongoose';

/** Thrown when a query would run without a merchant filter. A bug, never a client error. */
export class TenancyViolation extends Error {
  constructor(what: string) {
    super(`Refusing ${what} without a tenant filter`);
    this.name = 'TenancyViolation';
  }
}

export interface TenancyOptions {
  /** The field holding the merchant id; `_id` for the merchant collection itself. */
  field?: string;
}

const QUERY_OPS: MongooseQueryMiddleware[] = [
  'find',
  'findOne',
  'countDocuments',
  'distinct',
  'updateOne',
  'updateMany',
  'replaceOne',
  'deleteOne',
  'deleteMany',
  'findOneAndUpdate',
  'findOneAndDelete',
  'findOneAndReplace',
];

/**
 * Fails closed: every query, update, delete and aggregation must name the merchant it
 * belongs to. A deliberate cross-tenant read (login by e-mail, a recovery job) opts out with
 * `.setOptions({ crossTenant: true })` or `aggregate().option({ crossTenant: true })`.
 */
export function tenancyPlugin(schema: Schema, opts: TenancyOptions = {}) {
  const field = opts.field ?? 'merchantId';

  schema.pre(QUERY_OPS, function (this: Query<unknown, unknown>) {
    if ((this.getOptions() as { crossTenant?: boolean }).crossTenant) return;
    const filter = this.getFilter() as Record<string, unknown>;
    if (filter[field] === undefined || filter[field] === null)
      throw new TenancyViolation(`a query on ${this.model.modelName}`);
  });

  schema.pre('aggregate', function (this: Aggregate<unknown>) {
    if ((this.options as { crossTenant?: boolean }).crossTenant) return;
    const first = this.pipeline()[0] as { $match?: Record<string, unknown> } | undefined;
    if (!first?.$match || first.$match[field] === undefined) throw new TenancyViolation('aggregate');
  });

  schema.pre('validate', function () {
    if (this.get(field) === undefined || this.get(field) === null) throw new TenancyViolation('a write');
  });

  schema.pre('insertMany', (next: (err?: Error) => void, docs: unknown) => {
    const list = Array.isArray(docs) ? docs : [docs];
    const bad = list.some((d) => {
      const v = (d as Record<string, unknown>)[field];
      return v === undefined || v === null;
    });
    next(bad ? new TenancyViolation('insertMany') : undefined);
  });

  schema.pre('bulkWrite', (next: (err?: Error) => void, ops: unknown) => {
    const list = ops as Record<
      string,
      { filter?: Record<string, unknown>; document?: Record<string, unknown> }
    >[];
    const bad = list.some((op) => {
      const body = Object.values(op)[0];
      const target = body?.filter ?? body?.document;
      return !target || target[field] === undefined || target[field] === null;
    });
    next(bad ? new TenancyViolation('bulkWrite') : undefined);
  });
}
