import { useEffect } from 'react';

/** Sets `document.title` for the page, e.g. "Members · Riverside · OpenHuddle". */
export function useDocumentTitle(...parts: Array<string | null | undefined>): void {
  const title = [...parts.filter(Boolean), 'OpenHuddle'].join(' · ');
  useEffect(() => {
    document.title = title;
  }, [title]);
}
