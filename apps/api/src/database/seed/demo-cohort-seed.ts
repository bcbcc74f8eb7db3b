import {
  AgendaItemKind,
  Anonymity,
  HuddleStatus,
  CohortRole,
  ContributionKind,
  ContributionStatus,
  RevealRule,
  ReviewGrouping,
  ReviewMode,
} from '@openhuddle/shared';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { FileStorage } from '../../common/storage/storage';
import { AttachmentEntity } from '../../modules/attachment/attachment.entity';
import { CohortMemberEntity } from '../../modules/cohort/cohort-member.entity';
import { CohortJoinLinkEntity } from '../../modules/cohort-join-link/cohort-join-link.entity';
import { hashToken, newToken } from '../../common/auth/tokens';
import { CohortEntity } from '../../modules/cohort/cohort.entity';
import { TeamEntity } from '../../modules/cohort/team.entity';
import { CommentEntity } from '../../modules/contribution/comment.entity';
import { ContributionEntity } from '../../modules/contribution/contribution.entity';
import { BUILT_IN_PROTOCOLS } from '../../modules/feedback-protocol/built-in-protocols';
import { FeedbackEntity } from '../../modules/feedback/feedback.entity';
import { ReviewAssignmentEntity } from '../../modules/feedback/review-assignment.entity';
import { ActionItemEntity } from '../../modules/huddle/action-item.entity';
import { AgendaItemEntity } from '../../modules/huddle/agenda-item.entity';
import { DecisionEntity } from '../../modules/huddle/decision.entity';
import { DiscussionFlagEntity } from '../../modules/huddle/discussion-flag.entity';
import { HuddleAttendanceEntity } from '../../modules/huddle/huddle-attendance.entity';
import { HuddlePromptEntity } from '../../modules/huddle/huddle-prompt.entity';
import { HuddleEntity } from '../../modules/huddle/huddle.entity';
import { PromptEntity } from '../../modules/prompt/prompt.entity';
import type { UserEntity } from '../../modules/user/user.entity';
import { barChartPng, onePagePdf } from './demo-files';
import { fixed } from './fixtures';

const DAY = 86_400_000;
const [GLOW_GROW, LIKE_WONDER, WARM_COOL, , EVIDENCE_RUBRIC] = fixed(BUILT_IN_PROTOCOLS, 5);

/**
 * A lively Grade 7 Math PLC: two teams, five prompts in different states and reveal rules,
 * contributions of every kind, feedback under several protocols, comments and review assignments.
 */
export async function seedDemoCohort(
  em: EntityManager,
  organizationId: string,
  users: UserEntity[],
  storage?: FileStorage,
): Promise<void> {
  const [maya, , , luis, sarah, tom, aisha, jonah, grace, marcus, elena, kofi, hannah] = fixed(users, 13);
  const now = Date.now();
  const cohort = await em.save(CohortEntity, {
    organizationId,
    name: 'Grade 7 Math PLC',
    description:
      'Weekly PLC on formative assessment in Grade 7 math. We post before Thursday’s huddle and start the meeting from what everyone tried.',
    startsOn: new Date(now - 30 * DAY).toISOString().slice(0, 10),
    endsOn: new Date(now + 120 * DAY).toISOString().slice(0, 10),
  });
  const [red, blue] = fixed(
    await em.save(TeamEntity, [
      { organizationId, cohortId: cohort.id, name: 'Team Ratio' },
      { organizationId, cohortId: cohort.id, name: 'Team Equation' },
    ]),
    2,
  );
  const members = [luis, sarah, tom, aisha, jonah, grace, marcus, elena, kofi];
  await em.save(CohortMemberEntity, [
    { organizationId, cohortId: cohort.id, userId: maya.id, role: CohortRole.FACILITATOR, teamId: null },
    ...members.map((u, i) => ({
      organizationId,
      cohortId: cohort.id,
      userId: u.id,
      role: CohortRole.MEMBER,
      teamId: i % 2 ? blue.id : red.id,
    })),
    { organizationId, cohortId: cohort.id, userId: hannah.id, role: CohortRole.OBSERVER, teamId: null },
  ]);
  // A join link Maya shared with the staff (its address is a secret nobody holds: she makes new ones).
  await em.save(CohortJoinLinkEntity, {
    organizationId,
    cohortId: cohort.id,
    tokenHash: hashToken(newToken()),
    createdById: maya.id,
    expiresAt: new Date(now + 14 * DAY),
    maxUses: 40,
  });

  const prompt = (p: Partial<PromptEntity> & { title: string; opensIn: number }) => {
    const { opensIn, ...rest } = p;
    return em.save(PromptEntity, {
      organizationId,
      cohortId: cohort.id,
      instructions: '',
      opensAt: new Date(now + opensIn * DAY),
      acceptedKinds: [
        ContributionKind.IDEA,
        ContributionKind.EVIDENCE,
        ContributionKind.SOLUTION,
        ContributionKind.QUESTION,
      ],
      revealRule: RevealRule.OPEN,
      anonymity: Anonymity.NONE,
      protocolId: GLOW_GROW.id,
      reviewMode: ReviewMode.EVERYONE_SEES_ALL,
      reviewsPerContribution: 0,
      reviewGrouping: ReviewGrouping.ANY,
      publishedAt: new Date(now - 40 * DAY),
      createdById: maya.id,
      ...rest,
    });
  };

  const closed = await prompt({
    title: 'Week 1: What does “understanding” look like in ratios?',
    opensIn: -21,
    dueAt: new Date(now - 16 * DAY),
    closesAt: new Date(now - 14 * DAY),
    instructions:
      'Share one student response that convinced you a student *really* understood ratios — or one that fooled you.',
    acceptedKinds: [ContributionKind.EVIDENCE, ContributionKind.REFLECTION, ContributionKind.QUESTION],
    protocolId: LIKE_WONDER.id,
  });
  const open = await prompt({
    title: 'Week 3: One formative assessment that worked this week',
    opensIn: -4,
    dueAt: new Date(now + 2 * DAY),
    closesAt: new Date(now + 6 * DAY),
    instructions:
      'Describe **one** formative check you used (exit ticket, hinge question, whiteboards…), what students did, and what you changed next day.\n\n- What did you try?\n- What evidence did you collect?\n- What would you do differently?',
    reviewMode: ReviewMode.ASSIGNED,
    reviewsPerContribution: 2,
    reviewGrouping: ReviewGrouping.ACROSS_TEAMS,
    protocolId: GLOW_GROW.id,
  });
  const postFirst = await prompt({
    title: 'Week 3: Where do students get stuck on two-step equations?',
    opensIn: -3,
    dueAt: new Date(now + 3 * DAY),
    revealRule: RevealRule.POST_FIRST,
    anonymity: Anonymity.TO_PEERS,
    protocolId: WARM_COOL.id,
    instructions:
      'Post your hypothesis before reading others’ — we want independent thinking first. Posts are anonymous to peers.',
  });
  await prompt({
    title: 'Week 4: Bring evidence of impact',
    opensIn: 3,
    dueAt: new Date(now + 9 * DAY),
    protocolId: EVIDENCE_RUBRIC.id,
    revealRule: RevealRule.AT_TIME,
    revealAt: new Date(now + 9 * DAY),
    instructions: 'Bring before/after student work for the practice you tried. Revealed to everyone on the due date.',
  });
  await prompt({
    title: 'Week 5: Reflection on our norms (draft)',
    opensIn: 10,
    publishedAt: null,
    acceptedKinds: [ContributionKind.REFLECTION],
    instructions: 'Draft — not published yet.',
  });

  const contribution = (
    promptId: string,
    author: UserEntity,
    kind: ContributionKind,
    body: string,
    daysAgo: number,
    extra: Partial<ContributionEntity> = {},
  ) =>
    em.save(ContributionEntity, {
      organizationId,
      cohortId: cohort.id,
      promptId,
      authorId: author.id,
      kind,
      body,
      links: [],
      status: ContributionStatus.PUBLISHED,
      publishedAt: new Date(now - daysAgo * DAY),
      ...extra,
    });

  const w1 = await Promise.all([
    contribution(
      closed.id,
      luis,
      ContributionKind.EVIDENCE,
      'A student wrote “3:4 means 3 out of 4” and still solved every table problem. Procedural fluency hid a part-whole misconception.',
      19,
    ),
    contribution(
      closed.id,
      sarah,
      ContributionKind.REFLECTION,
      'I realised my exit tickets only test the procedure. Understanding showed up when students *explained* why doubling both parts keeps the ratio.',
      18,
    ),
    contribution(
      closed.id,
      tom,
      ContributionKind.QUESTION,
      'How do you tell apart a memorised explanation from a real one?',
      18,
    ),
  ]);
  const w3 = await Promise.all([
    contribution(
      open.id,
      luis,
      ContributionKind.SOLUTION,
      '**Hinge question on unit rates.** Four options, each wrong answer maps to a misconception. 60% chose B (rate inverted) — I re-taught with double number lines the next day.',
      2,
      { spotlightedAt: new Date(now - DAY) },
    ),
    contribution(
      open.id,
      aisha,
      ContributionKind.EVIDENCE,
      'Mini-whiteboards during warm-up: I photographed 28 boards. 9 students set up the proportion correctly but cross-multiplied wrong. [Photo summary](https://example.org/boards)',
      2,
      {
        links: [{ url: 'https://example.org/boards', title: 'Whiteboard photos (summary)' }],
      },
    ),
    contribution(
      open.id,
      jonah,
      ContributionKind.IDEA,
      'What if the exit ticket asked students to *predict* the answer before computing? Then we can see estimation sense, not just procedure.',
      1,
    ),
    contribution(
      open.id,
      grace,
      ContributionKind.QUESTION,
      'Has anyone used hinge questions with English learners? The distractors rely heavily on reading.',
      1,
    ),
    contribution(
      open.id,
      marcus,
      ContributionKind.SOLUTION,
      'Traffic-light cups during independent practice. Cheap, instant, and students asked for help earlier than usual.',
      1,
    ),
  ]);
  await em.save(ContributionEntity, {
    organizationId,
    cohortId: cohort.id,
    promptId: open.id,
    authorId: elena.id,
    kind: ContributionKind.IDEA,
    body: 'Draft: thinking about a card sort…',
    links: [],
    status: ContributionStatus.DRAFT,
    publishedAt: null,
  });
  const pf = await Promise.all([
    contribution(
      postFirst.id,
      sarah,
      ContributionKind.IDEA,
      'Students undo operations in the wrong order: they divide before subtracting because “division comes first”.',
      1,
    ),
    contribution(
      postFirst.id,
      kofi,
      ContributionKind.EVIDENCE,
      '14 of 27 students dropped the negative sign when subtracting from both sides.',
      1,
    ),
    contribution(
      postFirst.id,
      tom,
      ContributionKind.UPDATE,
      'Update: balance-scale visuals fixed the order problem for most of my 3rd period.',
      0.5,
      { kind: ContributionKind.SOLUTION },
    ),
  ]);

  // Evidence files: a chart of Aisha's whiteboard results and Luis's hinge question as a PDF.
  if (storage) {
    const files = [
      {
        contribution: w3[1],
        owner: aisha,
        name: 'whiteboard-results.png',
        type: 'image/png',
        bytes: barChartPng([19, 9, 6, 4]),
      },
      {
        contribution: w3[0],
        owner: luis,
        name: 'hinge-question-unit-rates.pdf',
        type: 'application/pdf',
        bytes: onePagePdf('Hinge question: unit rates (A-D, one misconception per distractor)'),
      },
    ];
    for (const f of files) {
      const id = randomUUID();
      await storage.put(`${organizationId}/${id}`, f.bytes);
      await em.save(AttachmentEntity, {
        id,
        organizationId,
        contributionId: f.contribution.id,
        uploaderId: f.owner.id,
        fileName: f.name,
        contentType: f.type,
        size: f.bytes.length,
        storageKey: `${organizationId}/${id}`,
      });
    }
  }

  const feedback = (
    c: ContributionEntity,
    author: UserEntity,
    answers: Record<string, string>,
    protocolHelpful = false,
  ) => ({
    organizationId,
    promptId: c.promptId,
    contributionId: c.id,
    authorId: author.id,
    answers,
    rubric: {},
    helpfulAt: protocolHelpful ? new Date(now - DAY) : null,
    readAt: protocolHelpful ? new Date(now - DAY) : null,
  });
  await em.save(FeedbackEntity, [
    feedback(
      w1[0],
      sarah,
      { like: 'Great catch — the table problems hid it completely.', wonder: 'I wonder how many of mine do the same.' },
      true,
    ),
    feedback(w1[1], luis, {
      like: 'Explaining *why* is such a clear signal.',
      wonder: 'I wonder if a sentence frame would help quieter students.',
      whatIf: 'What if we collected explanations on a shared slide?',
    }),
    feedback(
      w3[0],
      aisha,
      {
        glow: 'Each distractor mapping to a misconception is brilliant.',
        grow: 'Could you share the four options so we can reuse them?',
      },
      true,
    ),
    feedback(w3[0], marcus, {
      glow: 'Re-teaching the next day closes the loop.',
      grow: 'How did the 40% who got it right spend that lesson?',
    }),
    feedback(w3[1], jonah, {
      glow: 'Photographing the boards is a great evidence habit.',
      grow: 'Maybe tally which step went wrong, to see a pattern.',
    }),
  ]);
  await em.save(CommentEntity, [
    {
      organizationId,
      contributionId: w3[0].id,
      feedbackId: null,
      parentId: null,
      authorId: grace.id,
      body: 'Saving this for Thursday — can we look at the distractors together?',
      mentionedUserIds: [],
    },
    {
      organizationId,
      contributionId: w3[3].id,
      feedbackId: null,
      parentId: null,
      authorId: aisha.id,
      body: 'Yes! I read the stem aloud and add a visual. Happy to share in the huddle.',
      mentionedUserIds: [],
    },
  ]);
  // Assigned reviews still owed for the open prompt, across teams.
  await em.save(ReviewAssignmentEntity, [
    { organizationId, promptId: open.id, contributionId: w3[2].id, reviewerId: luis.id, dueAt: open.dueAt },
    { organizationId, promptId: open.id, contributionId: w3[3].id, reviewerId: tom.id, dueAt: open.dueAt },
    { organizationId, promptId: open.id, contributionId: w3[4].id, reviewerId: sarah.id, dueAt: open.dueAt },
    {
      organizationId,
      promptId: open.id,
      contributionId: w3[0].id,
      reviewerId: aisha.id,
      dueAt: open.dueAt,
      completedAt: new Date(now - DAY),
    },
    // Overdue: Week 1 closed two weeks ago and Jonah never reviewed Tom's question (the dashboard shows it).
    { organizationId, promptId: closed.id, contributionId: w1[2].id, reviewerId: jonah.id, dueAt: closed.dueAt },
  ]);

  // Huddles: last week's, with minutes and action items; Thursday's, with a rich brief.
  const series = randomUUID();
  const past = await em.save(HuddleEntity, {
    organizationId,
    cohortId: cohort.id,
    seriesId: series,
    title: 'PLC huddle — ratios',
    startsAt: new Date(now - 14 * DAY),
    timeZone: maya.timeZone,
    durationMinutes: 45,
    joinUrl: 'https://meet.example.org/grade7-plc',
    status: HuddleStatus.ENDED,
    startedAt: new Date(now - 14 * DAY),
    endedAt: new Date(now - 14 * DAY + 45 * 60_000),
    createdById: maya.id,
    minutes: [
      '# Minutes: PLC huddle — ratios',
      '',
      '**Attendance (8):** Aisha Bello, Grace Liu, Jonah Weiss, Luis Hernández, Maya Chen, Marcus Reed, Sarah Kim, Tom Becker',
      '',
      '## Theme: explanation · understanding',
      '',
      '- _Sarah Kim:_ Explanations reveal understanding better than exit tickets.',
      '- _Luis Hernández:_ Procedural fluency can hide part-whole misconceptions.',
      '- **Decision:** Every exit ticket next week includes one “explain why” item.',
      '',
      '## Action items',
      '',
      '- [ ] Draft three “explain why” items for the shared bank — Sarah Kim',
      '- [ ] Try a hinge question with a misconception per distractor — Luis Hernández',
      '',
    ].join('\n'),
  });
  await em.insert(HuddlePromptEntity, { huddleId: past.id, promptId: closed.id, organizationId, position: 0 });
  await em.save(DecisionEntity, {
    organizationId,
    huddleId: past.id,
    agendaItemId: null,
    text: 'Every exit ticket next week includes one “explain why” item.',
    createdById: maya.id,
  });
  await em.save(ActionItemEntity, [
    {
      organizationId,
      cohortId: cohort.id,
      huddleId: past.id,
      agendaItemId: null,
      ownerId: sarah.id,
      text: 'Draft three “explain why” items for the shared bank',
      dueOn: new Date(now - 7 * DAY).toISOString().slice(0, 10),
      doneAt: new Date(now - 8 * DAY),
    },
    {
      organizationId,
      cohortId: cohort.id,
      huddleId: past.id,
      agendaItemId: null,
      ownerId: luis.id,
      text: 'Try a hinge question with a misconception per distractor',
      dueOn: new Date(now + 2 * DAY).toISOString().slice(0, 10),
    },
  ]);
  await em.save(
    HuddleAttendanceEntity,
    [luis, sarah, tom, aisha, jonah, grace, marcus, maya].map((u) => ({
      huddleId: past.id,
      userId: u.id,
      organizationId,
      joinedAt: new Date(now - 14 * DAY),
      briefReadAt: new Date(now - 15 * DAY),
    })),
  );

  const upcomingStart = new Date(now + 2 * DAY);
  upcomingStart.setUTCHours(21, 0, 0, 0);
  const upcoming = await em.save(HuddleEntity, {
    organizationId,
    cohortId: cohort.id,
    seriesId: series,
    title: 'PLC huddle — formative assessment',
    startsAt: upcomingStart,
    timeZone: maya.timeZone,
    durationMinutes: 45,
    joinUrl: 'https://meet.example.org/grade7-plc',
    createdById: maya.id,
  });
  await em.insert(HuddlePromptEntity, [
    { huddleId: upcoming.id, promptId: open.id, organizationId, position: 0 },
    { huddleId: upcoming.id, promptId: postFirst.id, organizationId, position: 1 },
  ]);
  await em.save(DiscussionFlagEntity, [
    { contributionId: w3[3].id, userId: luis.id, organizationId },
    { contributionId: w3[3].id, userId: aisha.id, organizationId },
    { contributionId: w3[3].id, userId: tom.id, organizationId },
    { contributionId: w3[2].id, userId: grace.id, organizationId },
    // Flagged on the POST_FIRST prompt: not every member may see it, so "Suggest from brief" holds it back.
    { contributionId: pf[1].id, userId: sarah.id, organizationId },
    { contributionId: pf[1].id, userId: tom.id, organizationId },
  ]);
  await em.save(
    HuddleAttendanceEntity,
    [aisha, jonah, grace].map((u) => ({
      huddleId: upcoming.id,
      userId: u.id,
      organizationId,
      briefReadAt: new Date(now - DAY / 2),
    })),
  );
  await em.save(AgendaItemEntity, [
    {
      organizationId,
      huddleId: upcoming.id,
      position: 0,
      title: 'Check-in: one win this week',
      kind: AgendaItemKind.CUSTOM,
      contributionId: null,
      timeBoxMinutes: 5,
    },
    {
      organizationId,
      huddleId: upcoming.id,
      position: 1,
      title: 'Spotlight: hinge questions on unit rates',
      kind: AgendaItemKind.SPOTLIGHT,
      contributionId: w3[0].id,
      timeBoxMinutes: 10,
    },
    {
      organizationId,
      huddleId: upcoming.id,
      position: 2,
      title: 'Needs discussion: hinge questions with English learners',
      kind: AgendaItemKind.NEEDS_DISCUSSION,
      contributionId: w3[3].id,
      timeBoxMinutes: 10,
    },
  ]);
}
