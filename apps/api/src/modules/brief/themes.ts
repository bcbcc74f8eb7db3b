/**
 * Themes: contributions clustered by what they say, computed locally and deterministically.
 * TF-IDF vectors over content words, cosine similarity, average-link agglomerative clustering
 * with a similarity threshold; a theme is named by the top terms of its centroid. Same input,
 * same output (ties break on document order).
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
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
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

function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, x] of small) sum += x * (large.get(term) ?? 0);
  return sum;
}

export function computeThemes(inputs: ThemeInput[], options: { threshold?: number; maxThemes?: number } = {}): Theme[] {
  const threshold = options.threshold ?? 0.12;
  const maxThemes = options.maxThemes ?? 6;
  const tokens = inputs.map((d) => tokenize(d.text));
  const keep = inputs.map((_, i) => i).filter((i) => tokens[i].length > 0);
  if (keep.length < 2) return [];
  const vectors = tfidf(keep.map((i) => tokens[i]));
  const n = vectors.length;
  const sim = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (i === j ? 1 : cosine(vectors[i], vectors[j]))),
  );
  let clusters: number[][] = Array.from({ length: n }, (_, i) => [i]);
  for (;;) {
    let best = -1;
    let pair: [number, number] = [-1, -1];
    for (let a = 0; a < clusters.length; a++) {
      for (let b = a + 1; b < clusters.length; b++) {
        let total = 0;
        for (const i of clusters[a]) for (const j of clusters[b]) total += sim[i][j];
        const avg = total / (clusters[a].length * clusters[b].length);
        if (avg > best) {
          best = avg;
          pair = [a, b];
        }
      }
    }
    if (best < threshold) break;
    const merged = [...clusters[pair[0]], ...clusters[pair[1]]].sort((x, y) => x - y);
    clusters = clusters.filter((_, k) => k !== pair[0] && k !== pair[1]);
    clusters.push(merged);
    clusters.sort((x, y) => x[0] - y[0]);
  }
  return clusters
    .filter((c) => c.length >= 2)
    .map((c) => {
      const centroid = new Map<string, number>();
      for (const i of c) for (const [term, x] of vectors[i]) centroid.set(term, (centroid.get(term) ?? 0) + x);
      // Prefer terms shared by several members of the cluster.
      const shared = [...centroid.entries()]
        .map(([term, weight]) => ({ term, weight, docs: c.filter((i) => vectors[i].has(term)).length }))
        .sort((x, y) => y.docs - x.docs || y.weight - x.weight || x.term.localeCompare(y.term));
      const terms = shared.slice(0, 3).map((t) => t.term);
      return { label: terms.join(' · '), terms, ids: c.map((i) => inputs[keep[i]].id) };
    })
    .sort((x, y) => y.ids.length - x.ids.length || x.label.localeCompare(y.label))
    .slice(0, maxThemes);
}
