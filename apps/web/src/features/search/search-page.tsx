import { routes } from '@openhuddle/shared';
import { useLazyQuery } from '@apollo/client/react';
import { type FormEvent, useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { toFormErrors } from '../../app/graphql-errors';
import { useDocumentTitle } from '../../app/use-document-title';
import { SearchDocument } from '../../generated/graphql';
import { Alert, Badge, Button, EmptyState, Loading, PageHeader, Section, TextField } from '../../ui';
import { useOrganization } from '../organization/organization-layout';
import './search.css';

const KIND_LABEL: Record<string, string> = { CONTRIBUTION: 'Contribution', FEEDBACK: 'Feedback', COMMENT: 'Comment' };

/** Renders the server's excerpt, where matches come wrapped in **…**, without any HTML parsing. */
function Excerpt({ text }: { text: string }) {
  const parts = text.split('**');
  return (
    <p className="search-excerpt">
      {parts.map((part, i) => (i % 2 === 1 ? <mark key={i}>{part}</mark> : <span key={i}>{part}</span>))}
    </p>
  );
}

/** Full-text search over what the viewer may see: contributions, feedback and comments. */
export function SearchPage() {
  const organization = useOrganization();
  const [params, setParams] = useSearchParams();
  const submitted = params.get('q') ?? '';
  const [draft, setDraft] = useState(submitted);
  useDocumentTitle(submitted ? `Search: ${submitted}` : 'Search', organization.name);
  const [run, { data, loading, error }] = useLazyQuery(SearchDocument, { fetchPolicy: 'network-only' });

  useEffect(() => {
    if (submitted.trim()) void run({ variables: { organizationId: organization.id, query: submitted } });
  }, [submitted, organization.id, run]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.trim()) setParams({ q: draft.trim() });
  };
  const fieldError = error ? toFormErrors(error, ['query']).fields.query : undefined;

  return (
    <div className="page">
      <PageHeader
        eyebrow={organization.name}
        title="Search"
        description="Find ideas, evidence, feedback and comments you can see in this organisation."
      />
      <div className="stack">
        <form role="search" onSubmit={onSubmit} className="search-form">
          <TextField
            label="Search for"
            name="q"
            value={draft}
            maxLength={200}
            error={fieldError}
            onChange={(e) => setDraft(e.target.value)}
          />
          <Button type="submit">Search</Button>
        </form>
        {loading ? (
          <Loading />
        ) : error && !fieldError ? (
          <Alert tone="danger" title="Search failed">
            Check your connection and try again.
          </Alert>
        ) : data && submitted ? (
          <Section title={`${data.search.length} result${data.search.length === 1 ? '' : 's'} for “${submitted}”`}>
            {data.search.length === 0 ? (
              <EmptyState title="Nothing found">Try other words, or fewer of them.</EmptyState>
            ) : (
              <ul className="search-results" aria-live="polite">
                {data.search.map((hit) => (
                  <li key={`${hit.kind}-${hit.id}`} className="search-result">
                    <Badge>{KIND_LABEL[hit.kind] ?? hit.kind}</Badge>{' '}
                    <Link to={routes.contribution(organization.id, hit.promptId, hit.contributionId)}>
                      {hit.promptTitle}
                    </Link>
                    <Excerpt text={hit.excerpt} />
                  </li>
                ))}
              </ul>
            )}
          </Section>
        ) : null}
      </div>
    </div>
  );
}
