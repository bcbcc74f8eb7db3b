import { createCohortWorld, GIVE_FEEDBACK, openPrompt, post } from '../../../test/learning-factories';
import { startTestApp, type TestApp } from '../../../test/test-app';

const PAGE = `query ($id: ID!) { prompt(id: $id) { viewerCan { edit publish contribute seeDrafts }
  contributions { id viewerCan { edit delete spotlight react comment giveFeedback }
    feedback { id viewerCan { markHelpful reply } } } } }`;
const SPOTLIGHT = `mutation ($input: SpotlightContributionInput!) { spotlightContribution(input: $input) { id } }`;

/** viewerCan answers with the API's own policies: what it offers, the API accepts, and the rest it refuses. */
describe('viewerCan on prompts, contributions and feedback', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('tells the author, a peer, an observer and the facilitator what each may do', async () => {
    const world = await createCohortWorld(t, 2);
    const [author, peer] = world.members;
    const promptId = await openPrompt(world.facilitator.client, world.cohortId);
    const contributionId = await post(author.client, promptId);
    await peer.client.ok(GIVE_FEEDBACK, {
      input: {
        contributionId,
        answers: [
          { sectionKey: 'glow', text: 'Clear.' },
          { sectionKey: 'grow', text: 'More.' },
        ],
      },
    });
    const page = async (client: typeof author.client) => {
      const { prompt } = await client.ok(PAGE, { id: promptId });
      const contribution = prompt.contributions.find((c: { id: string }) => c.id === contributionId);
      return {
        prompt: prompt.viewerCan,
        contribution: contribution.viewerCan,
        feedback: contribution.feedback[0].viewerCan,
      };
    };

    expect(await page(author.client)).toEqual({
      prompt: { edit: false, publish: false, contribute: true, seeDrafts: false },
      contribution: { edit: true, delete: true, spotlight: false, react: true, comment: true, giveFeedback: false },
      feedback: { markHelpful: true, reply: true },
    });
    expect(await page(peer.client)).toEqual({
      prompt: { edit: false, publish: false, contribute: true, seeDrafts: false },
      contribution: { edit: false, delete: false, spotlight: false, react: true, comment: true, giveFeedback: true },
      feedback: { markHelpful: false, reply: true },
    });
    expect(await page(world.observer.client)).toEqual({
      prompt: { edit: false, publish: false, contribute: false, seeDrafts: false },
      contribution: { edit: false, delete: false, spotlight: false, react: true, comment: false, giveFeedback: false },
      feedback: { markHelpful: false, reply: false },
    });
    expect(await page(world.facilitator.client)).toEqual({
      prompt: { edit: true, publish: false, contribute: true, seeDrafts: true },
      contribution: { edit: false, delete: true, spotlight: true, react: true, comment: true, giveFeedback: true },
      feedback: { markHelpful: false, reply: true },
    });

    // What is not offered is refused.
    const refused = await peer.client.fail(SPOTLIGHT, { input: { contributionId, spotlight: true } });
    expect(refused.extensions?.code).toBe('FORBIDDEN');
    const own = await author.client.fail(GIVE_FEEDBACK, {
      input: {
        contributionId,
        answers: [
          { sectionKey: 'glow', text: 'Me!' },
          { sectionKey: 'grow', text: 'Me.' },
        ],
      },
    });
    expect(own.extensions?.code).toBe('FORBIDDEN');
  });
});
