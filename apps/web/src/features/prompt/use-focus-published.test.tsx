import { contributionAnchor } from '@openhuddle/shared';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { useFocusPublished } from './use-focus-published';

/** A composer that unmounts on publishing, and the list that then shows the new card. */
function Page() {
  const [posted, markPosted] = useFocusPublished();
  const [cards, setCards] = useState<string[]>([]);
  return (
    <>
      {posted && <p role="status">Posted</p>}
      {!posted && (
        <button
          onClick={() => {
            setCards(['c1']);
            markPosted('c1');
          }}
        >
          Publish
        </button>
      )}
      {cards.map((id) => (
        <article key={id} id={contributionAnchor(id)} tabIndex={-1} aria-label="You">
          text
        </article>
      ))}
    </>
  );
}

describe('focus after publishing', () => {
  it('lands on the published contribution instead of falling to the top of the page', async () => {
    render(<Page />);
    await userEvent.click(screen.getByRole('button', { name: 'Publish' }));
    expect(document.activeElement).toBe(screen.getByRole('article', { name: 'You' }));
    expect(screen.getByRole('status').textContent).toBe('Posted');
  });
});
