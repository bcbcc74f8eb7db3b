import { useQuery } from '@apollo/client/react';
import { AuditPeopleDocument, type AuditAction } from '../../generated/graphql';
import { Select } from '../../ui';
import { AUDIT_ACTION_LABELS } from './audit-sentence';

export interface AuditFilterValues {
  action: AuditAction | null;
  actorId: string | null;
}

/** Narrow the log to one kind of action and/or one person (current members: former ones have no account here). */
export function AuditFilters({
  organizationId,
  value,
  onChange,
}: {
  organizationId: string;
  value: AuditFilterValues;
  onChange: (next: AuditFilterValues) => void;
}) {
  const { data } = useQuery(AuditPeopleDocument, { variables: { id: organizationId } });
  const people = [...(data?.organization.members ?? [])].sort((a, b) =>
    a.user.displayName.localeCompare(b.user.displayName),
  );
  const actions = Object.entries(AUDIT_ACTION_LABELS).map(([v, label]) => ({ value: v, label }));
  return (
    <div className="audit-filters">
      <Select
        label="Action"
        name="action"
        value={value.action ?? ''}
        options={[{ value: '', label: 'All actions' }, ...actions]}
        onChange={(e) => onChange({ ...value, action: (e.target.value || null) as AuditAction | null })}
      />
      <Select
        label="Person"
        name="actorId"
        value={value.actorId ?? ''}
        options={[
          { value: '', label: 'Everyone' },
          ...people.map((m) => ({ value: m.user.id, label: m.user.displayName })),
        ]}
        onChange={(e) => onChange({ ...value, actorId: e.target.value || null })}
      />
    </div>
  );
}
