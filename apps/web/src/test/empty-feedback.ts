/** A contribution's feedback fields when nobody has given any (for test fixtures of ContributionFields). */
export const NO_FEEDBACK = {
  feedbackPage: {
    __typename: 'FeedbackConnection' as const,
    totalCount: 0,
    pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
    nodes: [],
  },
  viewerFeedback: null,
};
