/** How an observation of practice was made (PRODUCT.md: Framework — observations against its practices). */
export enum ObservationKind {
  /** A short classroom walkthrough, usually by a facilitator or leader. */
  WALKTHROUGH = 'WALKTHROUGH',
  /** A colleague's visit to a lesson or meeting. */
  PEER_VISIT = 'PEER_VISIT',
}

export const OBSERVATION_KIND_LABELS: Record<ObservationKind, string> = {
  [ObservationKind.WALKTHROUGH]: 'Walkthrough',
  [ObservationKind.PEER_VISIT]: 'Peer visit',
};

export const OBSERVATION_LIMITS = {
  noteMax: 2000,
  /** Practices one observation may rate. */
  practicesMax: 10,
  pageMax: 50,
  /** Months the trends look back. */
  trendMonthsMax: 24,
  /** A trend cell is shown only when at least this many different people were observed in it. */
  minPeople: 5,
  /** How far back an observation may be dated. */
  backdateDaysMax: 366,
} as const;

/** What the person observed and the observer read about who sees an observation. */
export const OBSERVATION_VISIBILITY_STATEMENT =
  'Only you and the person observed see this observation. Facilitators and admins see totals per practice and month, and only where at least 5 different people were observed.';
