/**
 * Themes: contributions grouped by what they say, computed locally and deterministically
 * (TF-IDF over content words; ties break on term order, never on input order).
 */
export interface ThemeInput {
  id: string;
  text: string;
}

export interface Theme {
  label: string;
  terms: string[];
  ids: string[];
}

const STOPWORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both but by
  can could did do does doing down during each few for from further had has have having he her here hers him his how i if in
  into is it its itself just me more most my no nor not now of off on once only or other our ours out over own same she should
  so some such than that the their theirs them then there these they this those through to too under until up very was we
  were what when where which while who whom why will with would you your yours one two get got use used using like really
  much many every next day week time make made way thing things think tried try trying student students class lesson`.split(
    /\s+/,
  ),
);

export function tokenize(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[^a-z0-9\u00c0-\u024f]+/g, ' ')
    .split(' ')
    .filter((w) => w.length >= 3 && !STOPWORDS.has(w) && !/^\d+$/.test(w))
    .map(stem);
}

/** A light plural stem, enough to join "whiteboard" and "whiteboards". */
function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !/(ss|is|us)$/.test(word)) return word.slice(0, -1);
  return word;
}

type Vector = Map<string, number>;

function tfidf(docs: string[][]): Vector[] {
  const df = new Map<string, number>();
  for (const doc of docs) for (const term of new Set(doc)) df.set(term, (df.get(term) ?? 0) + 1);
  return docs.map((doc) => {
    const tf = new Map<string, number>();
    for (const term of doc) tf.set(term, (tf.get(term) ?? 0) + 1);
    const v: Vector = new Map();
    for (const [term, count] of tf) v.set(term, (count / doc.length) * Math.log(1 + docs.length / df.get(term)!));
    const norm = Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0)) || 1;
    for (const [term, x] of v) v.set(term, x / norm);
    return v;
  });
}

/**
 * Themes in O(documents × candidate terms): the corpus' strongest shared terms (TF-IDF summed,
 * in at least two documents) are the candidate themes; each document joins the candidate it
 * weighs most; groups of two or more become themes, named by their top shared terms.
 */
export function computeThemes(inputs: ThemeInput[], options: { maxThemes?: number; candidates?: number } = {}): Theme[] {
  const maxThemes = options.maxThemes ?? 6;
  const tokens = inputs.map((d) => tokenize(d.text));
  const keep = inputs.map((_, i) => i).filter((i) => tokens[i].length > 0);
  if (keep.length < 2) return [];
  const vectors = tfidf(keep.map((i) => tokens[i]));
  const df = new Map<string, number>();
  const mass = new Map<string, number>();
  for (const v of vectors) {
    for (const [term, x] of v) {
      df.set(term, (df.get(term) ?? 0) + 1);
      mass.set(term, (mass.get(term) ?? 0) + x);
    }
  }
  const rank = (a: string, b: string) => mass.get(b)! - mass.get(a)! || a.localeCompare(b);
  const candidates = [...mass.keys()]
    .filter((term) => df.get(term)! >= 2 && df.get(term)! < vectors.length)
    .sort(rank)
    .slice(0, options.candidates ?? 24);
  const order = new Map(candidates.map((term, i) => [term, i]));
  const groups = new Map<string, number[]>();
  vectors.forEach((v, doc) => {
    let best: string | null = null;
    for (const term of candidates) {
      const x = v.get(term);
      if (x === undefined) continue;
      if (best === null || x > v.get(best)! || (x === v.get(best)! && order.get(term)! < order.get(best)!)) best = term;
    }
    if (best) groups.set(best, [...(groups.get(best) ?? []), doc]);
  });
  return [...groups.entries()]
    .filter(([, docs]) => docs.length >= 2)
    .map(([anchor, docs]) => {
      const weight = new Map<string, { w: number; n: number }>();
      for (const d of docs) {
        for (const [term, x] of vectors[d]) {
          const e = weight.get(term) ?? { w: 0, n: 0 };
          weight.set(term, { w: e.w + x, n: e.n + 1 });
        }
      }
      // Prefer terms shared by several members of the group; the anchor always leads.
      const terms = [
        anchor,
        ...[...weight.entries()]
          .filter(([term, e]) => term !== anchor && e.n >= 2)
          .sort((a, b) => b[1].n - a[1].n || b[1].w - a[1].w || a[0].localeCompare(b[0]))
          .map(([term]) => term),
      ].slice(0, 3);
      return { label: terms.join(' · '), terms, ids: docs.map((d) => inputs[keep[d]].id) };
    })
    .sort((x, y) => y.ids.length - x.ids.length || x.label.localeCompare(y.label))
    .slice(0, maxThemes);
}
