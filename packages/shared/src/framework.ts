/** Limits of a Framework (PRODUCT.md: Framework — practices × levels). */
export const FRAMEWORK_LIMITS = {
  titleMax: 120,
  descriptionMax: 2000,
  domainsMax: 12,
  domainTitleMax: 120,
  practicesMax: 60,
  practiceTitleMax: 120,
  levelsMin: 2,
  levelsMax: 6,
  levelNameMax: 40,
  descriptorMax: 600,
  csvMax: 200_000,
} as const;

/** The names a framework's levels get when none are given (by how many levels it has). */
export function defaultLevelNames(count: number): string[] {
  const names: Record<number, string[]> = {
    2: ['Emerging', 'Established'],
    3: ['Emerging', 'Developing', 'Established'],
    4: ['Beginning', 'Developing', 'Established', 'Leading'],
    5: ['Beginning', 'Developing', 'Established', 'Extending', 'Leading'],
    6: ['Noticing', 'Beginning', 'Developing', 'Established', 'Extending', 'Leading'],
  };
  return names[count] ?? Array.from({ length: count }, (_, i) => `Level ${i + 1}`);
}

/** Who sees a self-assessment round's answers, stated to members before they answer. */
export enum SelfAssessmentVisibility {
  /** Facilitators see only aggregates, and only of groups of at least `minRespondents` people. */
  AGGREGATE_ONLY = 'AGGREGATE_ONLY',
  /** Facilitators see each person's ratings and evidence, as well as the aggregates. */
  FACILITATORS_SEE_INDIVIDUALS = 'FACILITATORS_SEE_INDIVIDUALS',
}

/** What a member reads about a round's visibility before answering. */
export const SELF_ASSESSMENT_VISIBILITY_STATEMENTS: Record<SelfAssessmentVisibility, string> = {
  [SelfAssessmentVisibility.AGGREGATE_ONLY]:
    'Only you see your ratings and evidence. Facilitators see totals per practice, and only for groups of at least 5 people. The practices you pick to grow are used to suggest teams, so facilitators see those picks.',
  [SelfAssessmentVisibility.FACILITATORS_SEE_INDIVIDUALS]:
    'You and the facilitators of this round see your ratings, evidence and the practices you pick to grow. Everyone else sees nothing of your answers.',
};

export const SELF_ASSESSMENT_LIMITS = {
  /** Like the pulse threshold (rule 8): aggregates of fewer people are not shown where individuals are hidden. */
  minRespondents: 5,
  titleMax: 120,
  noteMax: 2000,
  /** How many practices a member picks to grow. */
  growthPicksMax: 3,
  windowDaysMax: 90,
  teamSizeMin: 2,
  teamSizeMax: 12,
} as const;

export interface ExampleFrameworkDomain {
  title: string;
  practices: { title: string; descriptors: string[] }[];
}

/**
 * The example framework OpenHuddle ships, written for it (not taken from a published framework):
 * four levels, three domains, nine practices. Organisations copy it and edit their copy.
 */
export const EXAMPLE_FRAMEWORK = {
  title: 'Learning together: a practice framework',
  description:
    'An example framework written for OpenHuddle: what teaching that grows with colleagues looks like, from beginning to leading. Copy it and make it yours.',
  levelNames: ['Beginning', 'Developing', 'Established', 'Leading'],
  domains: [
    {
      title: 'Planning for learning',
      practices: [
        {
          title: 'Clear learning intentions',
          descriptors: [
            'Lessons list activities; what students should learn is implied.',
            'Learning intentions are written for most lessons and shared at the start.',
            'Students can say what they are learning and how they will know they have learned it.',
            'Students help shape the intentions and success criteria, and colleagues borrow the approach.',
          ],
        },
        {
          title: 'Formative assessment',
          descriptors: [
            'Checks for understanding happen mostly at the end of a unit.',
            'Quick checks (exit tickets, hinge questions) happen in some lessons.',
            'Evidence from checks changes what happens next in the same or the next lesson.',
            'Students use the evidence to steer their own next steps; the practice is shared with the team.',
          ],
        },
        {
          title: 'Sequencing for understanding',
          descriptors: [
            'Units follow the order of the textbook.',
            'Units are ordered so that new ideas build on earlier ones.',
            'Sequences anticipate common misconceptions and revisit key ideas over time.',
            'Sequences are designed with colleagues across grades and revised from student evidence.',
          ],
        },
      ],
    },
    {
      title: 'The learning environment',
      practices: [
        {
          title: 'Student discussion',
          descriptors: [
            'Talk is mostly teacher to student.',
            'Students talk in pairs or groups with prompts from the teacher.',
            'Students build on and question each other’s ideas with routines they know.',
            'Students run discussions that reach new understanding; the teacher mostly listens.',
          ],
        },
        {
          title: 'Belonging and safety',
          descriptors: [
            'Norms are set by the teacher and enforced.',
            'Norms are discussed with students and mostly followed.',
            'Students take risks, make mistakes in public and support each other.',
            'Students hold each other to the norms and welcome newcomers into them.',
          ],
        },
        {
          title: 'Differentiation',
          descriptors: [
            'All students do the same task at the same pace.',
            'Some tasks have options for students who need support or challenge.',
            'Tasks are planned from what students already know, with support that fades.',
            'Students choose their path with the teacher, and the range of needs is met routinely.',
          ],
        },
      ],
    },
    {
      title: 'Growing as a professional',
      practices: [
        {
          title: 'Reflective practice',
          descriptors: [
            'Reflection happens when something goes wrong.',
            'Lessons are reflected on now and then, mostly from memory.',
            'Reflection uses evidence (student work, notes, video) and leads to a change tried next week.',
            'Reflection is public: shared with colleagues, and others learn from it.',
          ],
        },
        {
          title: 'Collaborative inquiry',
          descriptors: [
            'Planning and problems are handled alone.',
            'Ideas and materials are shared with colleagues when asked.',
            'Works with a team on a shared question, trying and comparing approaches.',
            'Leads a team’s inquiry and helps it turn findings into common practice.',
          ],
        },
        {
          title: 'Feedback to colleagues',
          descriptors: [
            'Gives praise or general comments when asked.',
            'Gives specific feedback using a protocol when the team uses one.',
            'Gives feedback that names evidence and a next step, and asks for feedback in return.',
            'Helps the team build a culture where feedback is expected and useful.',
          ],
        },
      ],
    },
  ] satisfies ExampleFrameworkDomain[],
};
