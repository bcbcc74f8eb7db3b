import { frameworkErrors, frameworkFromCsv, parseCsv, withPracticeKeys } from './framework.rules';

describe('framework rules', () => {
  it('reads quoted CSV cells with commas, doubled quotes and line breaks', () => {
    expect(parseCsv('a,"b, c","say ""hi"""\r\nx,"two\nlines",z\n\n')).toEqual([
      ['a', 'b, c', 'say "hi"'],
      ['x', 'two\nlines', 'z'],
    ]);
  });

  it('builds domains and practices from CSV rows, levels in order whatever the row order', () => {
    const csv = [
      'domain,practice,level,descriptor',
      'Planning,Formative assessment,2,Quick checks',
      'Planning,Formative assessment,1,End of unit only',
      'Planning,"Goals, shared",1,Implied',
      'Planning,"Goals, shared",2,Written',
      'Culture,Discussion,1,Teacher talk',
      'Culture,Discussion,2,Pairs',
    ].join('\n');
    const { draft, errors } = frameworkFromCsv(csv);
    expect(errors).toEqual({});
    expect(draft).toEqual({
      levelNames: ['Emerging', 'Established'],
      domains: [
        {
          title: 'Planning',
          practices: [
            { title: 'Formative assessment', descriptors: ['End of unit only', 'Quick checks'] },
            { title: 'Goals, shared', descriptors: ['Implied', 'Written'] },
          ],
        },
        { title: 'Culture', practices: [{ title: 'Discussion', descriptors: ['Teacher talk', 'Pairs'] }] },
      ],
    });
  });

  it('names each bad row, counting the header as row 1', () => {
    const csv = [
      'domain,practice,level,descriptor',
      'Planning,Formative assessment,1,ok',
      ',Formative assessment,2,no domain',
      'Planning,Formative assessment,two,bad level',
      'Planning,Formative assessment,1,again',
      'Planning,Only three cells,1',
    ].join('\n');
    expect(frameworkFromCsv(csv)).toEqual({
      draft: null,
      errors: {
        'csv.row3': 'Row 3: the domain is empty.',
        'csv.row4': 'Row 4: the level must be a whole number from 1 to 6 (found "two").',
        'csv.row5': 'Row 5: “Formative assessment” already has a level 1.',
        'csv.row6': 'Row 6: expected 4 columns, found 3.',
      },
    });
  });

  it('refuses a file without the header, and practices missing a level', () => {
    expect(frameworkFromCsv('a,b,c,d\n1,2,3,4').errors).toEqual({
      csv: 'The first row must be the header: domain,practice,level,descriptor.',
    });
    const gap = frameworkFromCsv('domain,practice,level,descriptor\nD,P,1,a\nD,P,2,b\nD,Q,1,c');
    expect(gap.errors).toEqual({ 'csv.practice.q': '“Q” has no level 2.' });
  });

  it('keeps sent keys, makes unique ones from titles, and checks one descriptor per level', () => {
    const draft = {
      levelNames: ['One', 'Two'],
      domains: [
        {
          title: 'D',
          practices: [
            { key: 'talk', title: 'Student discussion', descriptors: ['a', 'b'] },
            { title: 'Talk', descriptors: ['a', 'b'] },
            { title: 'Élan & rigour', descriptors: ['a', ''] },
          ],
        },
      ],
    };
    expect(withPracticeKeys(draft)[0]!.practices.map((p) => p.key)).toEqual(['talk', 'talk-2', 'elan-rigour']);
    expect(frameworkErrors(draft)).toEqual({ 'domains.0.practices.2.descriptors': 'Describe level 2.' });
    expect(frameworkErrors({ ...draft, levelNames: ['One', 'Two', 'Three'] })).toMatchObject({
      'domains.0.practices.0.descriptors': 'Describe each of the 3 levels (2 given).',
    });
  });
});
