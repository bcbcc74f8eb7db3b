import { routes } from '@openhuddle/shared';
import { ButtonLink, EmptyState, PageHeader } from '../ui';
import { useDocumentTitle } from './use-document-title';

export function NotFoundPage() {
  useDocumentTitle('Page not found');
  return (
    <div className="page page-narrow">
      <PageHeader title="Page not found" />
      <EmptyState
        title="There is nothing at this address."
        action={<ButtonLink to={routes.home()}>Go to your home page</ButtonLink>}
      >
        The link may be mistyped, or the page may have moved.
      </EmptyState>
    </div>
  );
}
