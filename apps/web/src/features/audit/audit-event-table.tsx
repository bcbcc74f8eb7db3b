import { formatDateTime } from '../../lib/format-date';
import { auditSentence, type AuditEventRow } from './audit-sentence';

/** Time (in the viewer's profile zone), who, what. */
export function AuditEventTable({ events, timeZone }: { events: AuditEventRow[]; timeZone?: string | null }) {
  return (
    <table className="audit-table">
      <caption className="visually-hidden">Administrative actions, newest first</caption>
      <thead>
        <tr>
          <th scope="col">Time</th>
          <th scope="col">Who</th>
          <th scope="col">What</th>
        </tr>
      </thead>
      <tbody>
        {events.map((event) => (
          <tr key={event.id}>
            <td>
              <time dateTime={event.createdAt}>{formatDateTime(event.createdAt, timeZone)}</time>
            </td>
            <td>
              {event.actorName || 'Someone'}
              {!event.actorId && <span className="audit-former"> (account deleted)</span>}
            </td>
            <td>{auditSentence(event)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
