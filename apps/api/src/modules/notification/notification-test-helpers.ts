import type { GqlClient } from '../../../test/gql-client';
import { GIVE_FEEDBACK } from '../../../test/learning-factories';

export const INBOX = `query ($org: ID!, $unreadOnly: Boolean, $first: Int, $after: ID) {
  notifications(organizationId: $org, unreadOnly: $unreadOnly, first: $first, after: $after) {
    unreadCount items { id kind text link read cohortId cohortName } pageInfo { hasNextPage endCursor }
  }
}`;
export const COMMENT = `mutation ($input: AddCommentInput!) { addComment(input: $input) { id } }`;

export interface InboxItem {
  id: string;
  kind: string;
  text: string;
  link: string;
  read: boolean;
  cohortId: string | null;
  cohortName: string | null;
}

/** The person's notifications of the given kinds (all kinds when left out), newest first, and the badge. */
export async function inbox(client: GqlClient, org: string, kinds?: string[]) {
  const { notifications } = await client.ok(INBOX, { org });
  const items = (notifications.items as InboxItem[]).filter((n) => !kinds || kinds.includes(n.kind));
  return { items, unreadCount: notifications.unreadCount as number };
}

export async function comment(client: GqlClient, input: Record<string, unknown>): Promise<string> {
  return (await client.ok(COMMENT, { input })).addComment.id as string;
}

export async function giveFeedback(client: GqlClient, contributionId: string): Promise<string> {
  const { giveFeedback } = await client.ok(GIVE_FEEDBACK, {
    input: {
      contributionId,
      answers: [
        { sectionKey: 'glow', text: 'Clear evidence.' },
        { sectionKey: 'grow', text: 'Try it with a second class.' },
      ],
    },
  });
  return giveFeedback.id as string;
}
