import { contributionAnchor } from '@openhuddle/shared';
import { useEffect, useState } from 'react';

/**
 * After publishing, the composer goes away; without this, keyboard focus falls to the top of the
 * page. Focus moves to the contribution just published (its card is focusable and named by its
 * author), so a keyboard or screen reader user lands where their post is, and the page's "Posted"
 * status announces it.
 */
export function useFocusPublished(): [posted: boolean, markPosted: (contributionId: string) => void] {
  const [postedId, setPostedId] = useState<string | null>(null);
  useEffect(() => {
    if (!postedId) return;
    const card = document.getElementById(contributionAnchor(postedId));
    if (!card) return;
    card.focus({ preventScroll: true });
    card.scrollIntoView?.({ block: 'center' });
  }, [postedId]);
  return [postedId !== null, setPostedId];
}
