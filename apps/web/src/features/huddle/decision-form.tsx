import { useApolloClient, useMutation } from '@apollo/client/react';
import { HUDDLE_LIMITS } from '@openhuddle/shared';
import { useForm } from '../../app/use-form';
import { RecordDecisionDocument } from '../../generated/graphql';
import { Button, FormErrorSummary, TextField } from '../../ui';
import { applyLiveEvent } from './use-huddle-live';

/** A facilitator records a decision on the current item; it shows at once, as its live event would. */
export function DecisionForm({ huddleId, agendaItemId }: { huddleId: string; agendaItemId: string }) {
  const client = useApolloClient();
  const form = useForm({ text: '' });
  const [record, { loading }] = useMutation(RecordDecisionDocument);
  return (
    <form
      className="record-form"
      noValidate
      aria-label="Record a decision"
      onSubmit={async (e) => {
        e.preventDefault();
        const text = form.values.text.trim();
        if (!text) {
          form.setErrors({ fields: { text: 'Write the decision.' }, summary: null, code: 'BAD_USER_INPUT' });
          return;
        }
        await form.submit(async () => {
          const { data } = await record({ variables: { input: { huddleId, agendaItemId, text } } });
          if (data)
            applyLiveEvent(client, huddleId, {
              __typename: 'HuddleLiveEvent',
              huddleId,
              kind: 'DECISION_RECORDED',
              currentAgendaItemId: null,
              note: null,
              decision: data.recordDecision,
              actionItem: null,
            });
          form.setValues({ text: '' });
        });
      }}
    >
      <TextField label="Decision" maxLength={HUDDLE_LIMITS.decisionMax} autoComplete="off" {...form.bind('text')} />
      <FormErrorSummary errors={form.errors} />
      <div className="form-actions">
        <Button type="submit" variant="secondary" size="sm" busy={loading}>
          Record decision
        </Button>
      </div>
    </form>
  );
}
