import { Language } from '@openhuddle/shared';

/**
 * Themes: contributions grouped by what they say, computed locally and deterministically
 * (TF-IDF over content words, leader clustering in id order), in the organisation's language.
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

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

/** Function words, and words every contribution of a school says (they name no theme). */
const STOPWORDS: Record<Language, Set<string>> = {
  [Language.EN]:
    words(`a about above after again against all also am an and any are as at be because been before being below
  between both but by can could did do does doing down during each few for from further had has have having he her here hers
  him his how i if in into is it its itself just me more most my no nor not now of off on once only or other our ours out over
  own same she should so some such than that the their theirs them then there these they this those through to too under until
  up very was we were what when where which while who whom why will with would you your yours one two get got use used using
  like really much many every next day week time make made way thing things think tried try trying student students class lesson`),
  // Accents folded, as tokens are.
  [Language.ES]:
    words(`a al algo algunas algunos ante antes como con contra cual cuando de del desde donde durante e el ella
  ellas ellos en entre era eran es esa esas ese eso esos esta estaba estaban estado estamos estan estar este esto estos estoy fue
  fueron ha habia han hasta hay la las le les lo los mas me mi mis mucho muchos muy nada ni no nos nosotros o otra otras otro
  otros para pero poco por porque que quien se sea ser si sin sobre son su sus tambien tan tanto te tengo tiene tienen todo
  todos tu tus un una uno unos y ya yo cada dia semana vez veces cosa cosas hacer hice hizo probe probamos probar usar use
  alumno alumnos alumna alumnas estudiante estudiantes clase clases leccion`),
};

/** Lower case, accents folded (so "evaluación" and "evaluacion" are one word). */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

interface Token {
  stem: string;
  /** The word as written (lower case), to name a theme with. */
  surface: string;
}

function tokens(text: string, language: Language): Token[] {
  const out: Token[] = [];
  const stopwords = STOPWORDS[language];
  for (const surface of text
    .toLowerCase()
    .replace(/https?:\/\/\S+/g, ' ')
    .split(/[^\p{L}\p{N}]+/u)) {
    const word = fold(surface);
    if (word.length < 3 || stopwords.has(word) || /^\d+$/.test(word)) continue;
    out.push({ stem: stem(word, language), surface });
  }
  return out;
}

export function tokenize(text: string, language: Language = Language.EN): string[] {
  return tokens(text, language).map((t) => t.stem);
}

/** A light plural stem, enough to join "whiteboard" and "whiteboards", "pizarra" and "pizarras". */
function stem(word: string, language: Language): string {
  if (language === Language.ES) {
    // Consonant-final words take -es (evaluación → evaluaciones, profesor → profesores); others -s.
    if (word.length > 4 && /[nrldj]es$/.test(word)) return word.slice(0, -2);
    if (word.length > 3 && /[aeiou]s$/.test(word)) return word.slice(0, -1);
    return word;
  }
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !/(ss|is|us)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** How a stem reads: the first word written that has it, cut to the stem's length (accents kept). */
function surfaceOf(stemmed: string, surface: string): string {
  return fold(surface).startsWith(stemmed) ? surface.slice(0, stemmed.length) : stemmed;
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

function normalize(v: Vector): Vector {
  const norm = Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0)) || 1;
  return new Map([...v].map(([t, x]) => [t, x / norm]));
}

/**
 * Leader clustering over TF-IDF vectors, in a fixed order (by id, so input order never matters):
 * each contribution joins the most similar existing group when the cosine with its centroid
 * reaches `threshold`, otherwise starts a group (at most `maxGroups`). Linear in the number of
 * contributions for a bounded number of groups. Groups of two or more are themes, named by the
 * terms most of their members share.
 */
export function computeThemes(
  inputs: ThemeInput[],
  options: { threshold?: number; maxThemes?: number; maxGroups?: number; language?: Language } = {},
): Theme[] {
  const language = options.language ?? Language.EN;
  const threshold = options.threshold ?? 0.2;
  const maxThemes = options.maxThemes ?? 6;
  const maxGroups = options.maxGroups ?? 60;
  const docs = inputs
    .map((d) => ({ id: d.id, words: tokens(d.text, language) }))
    .filter((d) => d.words.length > 0)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((d) => ({ ...d, tokens: d.words.map((w) => w.stem) }));
  if (docs.length < 2) return [];
  const reads = new Map<string, string>();
  for (const d of docs)
    for (const w of d.words) if (!reads.has(w.stem)) reads.set(w.stem, surfaceOf(w.stem, w.surface));
  const vectors = tfidf(docs.map((d) => d.tokens));
  const groups: Array<{ members: number[]; sum: Vector; centroid: Vector }> = [];
  vectors.forEach((v, i) => {
    let best = -1;
    let bestSim = threshold;
    groups.forEach((g, k) => {
      const sim = cosine(v, g.centroid);
      if (sim >= bestSim) {
        best = k;
        bestSim = sim;
      }
    });
    const g = groups[best];
    if (g) {
      g.members.push(i);
      for (const [t, x] of v) g.sum.set(t, (g.sum.get(t) ?? 0) + x);
      g.centroid = normalize(g.sum);
    } else if (groups.length < maxGroups) {
      groups.push({ members: [i], sum: new Map(v), centroid: v });
    }
  });
  return groups
    .filter((g) => g.members.length >= 2)
    .map((g) => {
      const terms = [...g.sum.entries()]
        .map(([term, weight]) => ({ term, weight, n: g.members.filter((i) => vectors[i]?.has(term)).length }))
        .filter((t) => t.n >= 2)
        .sort((a, b) => b.n - a.n || b.weight - a.weight || a.term.localeCompare(b.term))
        .slice(0, 3)
        .map((t) => reads.get(t.term) ?? t.term);
      return { label: terms.join(' · '), terms, ids: g.members.map((i) => docs[i]!.id) };
    })
    .filter((t) => t.terms.length > 0)
    .sort((x, y) => y.ids.length - x.ids.length || x.label.localeCompare(y.label))
    .slice(0, maxThemes);
}
