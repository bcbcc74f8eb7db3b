import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ParticipationSection, PromptContributionsSection, ThemesSection, type BriefData } from './brief-sections';

type BriefPrompt = BriefData['prompts'][number];

function prompt(overrides: Partial<BriefPrompt>): BriefPrompt {
  return {
    __typename: 'BriefPrompt',
    promptId: 'p1',
    title: 'Where do students get stuck?',
    contributionCount: 0,
    contributions: [],
    peerVisibility: 'VISIBLE',
    anonymity: 'NONE',
    participation: {
      __typename: 'BriefParticipation',
      memberCount: 9,
      postedCount: 3,
      feedbackGivenCount: 0,
      receivedFeedbackCount: 0,
      namesVisible: false,
      posted: [],
      notPosted: [],
    },
    ...overrides,
  } as BriefPrompt;
}

const briefWith = (prompts: BriefPrompt[]) => ({ prompts, themes: [], completion: 0 }) as unknown as BriefData;

function renderSections(p: BriefPrompt) {
  render(
    <MemoryRouter>
      <ParticipationSection brief={briefWith([p])} />
      <PromptContributionsSection prompt={p} huddleId="h1" organizationId="o1" />
      <ThemesSection brief={briefWith([p])} />
    </MemoryRouter>,
  );
}

describe('the brief says true things', () => {
  it('tells a POST_FIRST member who has not posted that peers posted and theirs unlocks them, on both sections', () => {
    renderSections(prompt({ peerVisibility: 'AFTER_VIEWER_POSTS' }));
    expect(screen.getAllByText(/3 peers have posted; post yours to see them/)).toHaveLength(2);
    expect(screen.queryByText(/3 of 9 posted/)).toBeNull();
    expect(screen.queryByText('Nothing posted yet.')).toBeNull();
    expect(screen.getByRole('link', { name: 'open the prompt' }).getAttribute('href')).toBe('/o/o1/prompts/p1');
  });

  it('does not claim names are hidden "for this prompt" when it shows names; anonymity is named as the reason', () => {
    renderSections(prompt({}));
    expect(screen.queryByText('Names are hidden for this prompt.')).toBeNull();
    expect(screen.getByText(/listed only on prompts open to everyone/)).toBeTruthy();
    expect(screen.getByText(/3 of 9 posted/)).toBeTruthy();
    expect(screen.getByText('Nothing posted yet.')).toBeTruthy();
  });

  it('says anonymity is why names are not listed on an anonymous prompt', () => {
    renderSections(prompt({ anonymity: 'TO_PEERS' }));
    expect(screen.getByText(/anonymous to peers, so who posted is not listed/)).toBeTruthy();
  });

  it('keeps the Themes section when there is too little text, and says so', () => {
    renderSections(prompt({}));
    expect(screen.getByRole('heading', { name: 'Themes' })).toBeTruthy();
    expect(screen.getByText(/Not enough text yet to find themes/)).toBeTruthy();
  });
});
