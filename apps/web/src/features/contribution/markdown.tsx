import ReactMarkdown, { type Components } from 'react-markdown';
import { cx } from '../../ui';

const SAFE_URL = /^(https?:|mailto:)/i;

/** Only http(s) and mailto links survive; anything else (javascript:, data:, relative) is dropped. */
export function safeUrl(url: string): string {
  const trimmed = url.trim();
  return SAFE_URL.test(trimmed) ? trimmed : '';
}

const components: Components = {
  a({ href, children }) {
    if (!href) return <span>{children}</span>;
    return (
      <a href={href} target="_blank" rel="noopener noreferrer nofollow ugc">
        {children}
        <span className="visually-hidden"> (opens in a new tab)</span>
      </a>
    );
  },
  // Remote images could track readers: show them as links instead.
  img({ src, alt }) {
    const href = typeof src === 'string' ? safeUrl(src) : '';
    const label = alt ? `Image: ${alt}` : 'Image';
    return href ? (
      <a href={href} target="_blank" rel="noopener noreferrer nofollow ugc">
        {label}
      </a>
    ) : (
      <span>{label}</span>
    );
  },
  // The page owns h1 and h2: headings written in Markdown start at h3.
  h1: ({ children }) => <h3>{children}</h3>,
  h2: ({ children }) => <h4>{children}</h4>,
  h3: ({ children }) => <h5>{children}</h5>,
};

/** Markdown written by people, rendered without raw HTML (no rehype-raw) and with safe links only. */
export function Markdown({ children, className }: { children: string; className?: string }) {
  return (
    <div className={cx('markdown', className)}>
      <ReactMarkdown skipHtml urlTransform={safeUrl} components={components}>
        {children}
      </ReactMarkdown>
    </div>
  );
}
