/** N items of T, as a tuple type: destructuring it gives T, not T | undefined. */
export type Tuple<T, N extends number, R extends T[] = []> = R['length'] extends N ? R : Tuple<T, N, [...R, T]>;

/**
 * The first `n` items of one of the seed's fixed lists (its people, the built-in protocols): fewer
 * than the seed names is a bug in the seed, so this throws instead of every use handling a missing one.
 */
export function fixed<T, N extends number>(list: readonly T[], n: N): Tuple<T, N> {
  if (list.length < n) throw new Error(`The demo seed needs ${n} items here, it has ${list.length}`);
  return list.slice(0, n) as Tuple<T, N>;
}
