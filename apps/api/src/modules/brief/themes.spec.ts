import { Language } from '@openhuddle/shared';
import { computeThemes, tokenize } from './themes';

const docs = [
  { id: 'a', text: 'Exit tickets with a hinge question showed who inverted the unit rate.' },
  { id: 'b', text: 'My hinge question on unit rates: every distractor maps to a misconception.' },
  { id: 'c', text: 'Mini whiteboards in the warm-up: I photographed the whiteboards to keep evidence.' },
  { id: 'd', text: 'Whiteboards again — photographing boards gave me evidence of the proportion errors.' },
  { id: 'e', text: 'Traffic-light cups during independent practice.' },
];

describe('themes', () => {
  it('tokenizes without stopwords and joins plurals', () => {
    expect(tokenize('The Whiteboards and a whiteboard, https://x.org 2024')).toEqual(['whiteboard', 'whiteboard']);
  });

  it('groups contributions by what they say and names each theme by shared terms', () => {
    const themes = computeThemes(docs);
    expect(themes.map((t) => t.ids.sort())).toEqual(
      [
        ['a', 'b'],
        ['c', 'd'],
      ].sort((x, y) => x[0].localeCompare(y[0])),
    );
    const hinge = themes.find((t) => t.ids.includes('a'))!;
    expect(hinge.terms).toEqual(expect.arrayContaining(['hinge', 'question']));
    expect(themes.find((t) => t.ids.includes('c'))!.terms).toContain('whiteboard');
  });

  it('is deterministic: same data, same themes, whatever the input order', () => {
    const once = computeThemes(docs);
    expect(computeThemes([...docs])).toEqual(once);
    const reversed = computeThemes([...docs].reverse());
    expect(reversed.map((t) => [...t.ids].sort())).toEqual(once.map((t) => [...t.ids].sort()));
    expect(reversed.map((t) => t.terms)).toEqual(once.map((t) => t.terms));
  });

  it('returns no theme for too little text', () => {
    expect(computeThemes([{ id: 'x', text: 'the and of' }])).toEqual([]);
  });

  it('finds themes in Spanish: its stop words, its plurals, accents optional, named as written', () => {
    expect(tokenize('Las evaluaciones y la evaluacion con los profesores', Language.ES)).toEqual([
      'evaluacion',
      'evaluacion',
      'profesor',
    ]);
    const themes = computeThemes(
      [
        { id: 'a', text: 'La evaluación formativa con pizarras mostró los errores de proporción.' },
        { id: 'b', text: 'Usé pizarras para la evaluación formativa del calentamiento.' },
        { id: 'c', text: 'Semáforo de vasos durante la práctica independiente.' },
      ],
      { language: Language.ES },
    );
    expect(themes).toHaveLength(1);
    expect(themes[0]!.ids.sort()).toEqual(['a', 'b']);
    expect(themes[0]!.terms).toEqual(expect.arrayContaining(['evaluación', 'pizarra']));
    // In English "con" is not a stop word.
    expect(tokenize('la evaluación con', Language.EN)).toEqual(['evaluacion', 'con']);
  });
});
