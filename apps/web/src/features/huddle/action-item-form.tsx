import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { HUDDLE_LIMITS } from '@openhuddle/shared';
import { useViewer } from '../../app/session';
import { useForm } from '../../app/use-form';
import { AddActionItemDocument, HuddleCohortMembersDocument, type HuddleQuery } from '../../generated/graphql';
import { todayIn } from '../../lib/time-zone';
import { Button, FormErrorSummary, Select, TextField } from '../../ui';
import { applyLiveEvent } from './use-huddle-live';

type Huddle = HuddleQuery['huddle'];

/** A facilitator adds an action item owned by a cohort member (not an observer); it shows at once. */
export function ActionItemForm({ huddle, agendaItemId }: { huddle: Huddle; agendaItemId: string }) {
  const client = useApolloClient();
  const { viewer } = useViewer();
  const { data } = useQuery(HuddleCohortMembersDocument, { variables: { id: huddle.cohortId } });
  const people = [...(data?.cohort.members ?? [])]
    .filter((m) => m.role !== 'OBSERVER')
    .sort((a, b) => a.user.displayName.localeCompare(b.user.displayName));
  const form = useForm({ text: '', ownerId: '', dueOn: '' });
  const [add, { loading }] = useMutation(AddActionItemDocument);
  return (
    <form
      className="record-form"
      noValidate
      aria-label="Add an action item"
      onSubmit={async (e) => {
        e.preventDefault();
        const text = form.values.text.trim();
        const missing = {
          ...(text ? {} : { text: 'Say what needs doing.' }),
          ...(form.values.ownerId ? {} : { ownerId: 'Pick who owns it.' }),
        };
        if (Object.keys(missing).length) {
          form.setErrors({ fields: missing, summary: null, code: 'BAD_USER_INPUT' });
          return;
        }
        await form.submit(async () => {
          const { data: result } = await add({
            variables: {
              input: {
                huddleId: huddle.id,
                agendaItemId,
                ownerId: form.values.ownerId,
                text,
                dueOn: form.values.dueOn || null,
              },
            },
          });
          if (result)
            applyLiveEvent(client, huddle.id, {
              __typename: 'HuddleLiveEvent',
              huddleId: huddle.id,
              kind: 'ACTION_ITEM_ADDED',
              currentAgendaItemId: null,
              note: null,
              decision: null,
              actionItem: result.addActionItem,
            });
          form.setValues((v) => ({ ...v, text: '', dueOn: '' }));
        });
      }}
    >
      <TextField
        label="Action item"
        maxLength={HUDDLE_LIMITS.actionItemMax}
        autoComplete="off"
        {...form.bind('text')}
      />
      <div className="record-form-row">
        <Select
          label="Owner"
          options={[
            { value: '', label: people.length ? 'Choose someone…' : 'Loading people…' },
            ...people.map((m) => ({ value: m.user.id, label: m.user.displayName })),
          ]}
          {...form.bind('ownerId')}
        />
        <TextField label="Due (optional)" type="date" min={todayIn(viewer?.timeZone)} {...form.bind('dueOn')} />
      </div>
      <FormErrorSummary errors={form.errors} />
      <div className="form-actions">
        <Button type="submit" variant="secondary" size="sm" busy={loading}>
          Add action item
        </Button>
      </div>
    </form>
  );
}
