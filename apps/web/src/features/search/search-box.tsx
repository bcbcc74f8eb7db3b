import { routes } from '@openhuddle/shared';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { Button, TextField } from '../../ui';
import './search.css';

/** A compact search form that opens the search page. */
export function SearchBox({ organizationId }: { organizationId: string }) {
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (query.trim()) void navigate(routes.search(organizationId, query.trim()));
  };
  return (
    <form role="search" className="search-form" onSubmit={onSubmit}>
      <TextField
        label="Search contributions, feedback and comments"
        name="q"
        value={query}
        maxLength={200}
        onChange={(e) => setQuery(e.target.value)}
      />
      <Button type="submit" variant="secondary">
        Search
      </Button>
    </form>
  );
}
