/** A foreign key between two tables of the archive. */
export interface ForeignKey {
  table: string;
  column: string;
  references: string;
  nullable: boolean;
}

export interface ImportStep {
  table: string;
  /** Nullable columns pointing at rows not yet inserted: inserted empty, set once all rows are in. */
  deferred: string[];
}

/**
 * The tables in an order that satisfies their required (NOT NULL) foreign keys, parents first;
 * a nullable key to its own table or to one that comes later (a reply's parent comment, a
 * huddle's current agenda item) is deferred. Tables of equal rank keep the archive's order.
 */
export function importOrder(tables: string[], keys: ForeignKey[]): ImportStep[] {
  const inArchive = new Set(tables);
  const relevant = keys.filter((k) => inArchive.has(k.table) && inArchive.has(k.references));
  const placed: string[] = [];
  const pending = [...tables];
  while (pending.length) {
    const next = pending.find((table) =>
      relevant.every((k) => k.table !== table || k.nullable || k.references === table || placed.includes(k.references)),
    );
    if (!next) throw new Error(`required foreign keys form a cycle among ${pending.join(', ')}`);
    placed.push(next);
    pending.splice(pending.indexOf(next), 1);
  }
  return placed.map((table, i) => ({
    table,
    deferred: [
      ...new Set(
        relevant
          .filter((k) => k.table === table && k.nullable && !placed.slice(0, i).includes(k.references))
          .map((k) => k.column),
      ),
    ],
  }));
}
