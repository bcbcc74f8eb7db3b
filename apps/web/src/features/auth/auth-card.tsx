import type { ReactNode } from 'react';
import { useDocumentTitle } from '../../app/use-document-title';

/** The centred card every signed-out page uses. */
export function AuthCard({
  title,
  intro,
  children,
  footer,
}: {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
}) {
  useDocumentTitle(title);
  return (
    <div className="auth">
      <div className="auth-card card">
        <h1 className="auth-title" tabIndex={-1}>
          {title}
        </h1>
        {intro && <p className="auth-intro">{intro}</p>}
        {children}
      </div>
      {footer && <div className="auth-footer">{footer}</div>}
    </div>
  );
}
