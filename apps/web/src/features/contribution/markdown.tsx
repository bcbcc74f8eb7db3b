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
};

type Level = 3 | 4 | 5 | 6;

/** Headings written in Markdown start below the page's own: at h3 by default, lower inside a contribution. */
function headings(start: Level): Components {
  const at = (offset: number) => Math.min(start + offset, 6) as Level;
  const tag = (level: Level) => {
    const Tag = `h${level}` as const;
    return ({ children }: { children?: React.ReactNode }) => <Tag>{children}</Tag>;
  };
  return { h1: tag(at(0)), h2: tag(at(1)), h3: tag(at(2)), h4: tag(at(3)), h5: tag(at(3)), h6: tag(at(3)) };
}

const BY_LEVEL: Record<Level, Components> = {
  3: { ...components, ...headings(3) },
  4: { ...components, ...headings(4) },
  5: { ...components, ...headings(5) },
  6: { ...components, ...headings(6) },
};

/** Markdown written by people, rendered without raw HTML (no rehype-raw) and with safe links only. */
export function Markdown({
  children,
  className,
  headingLevel = 3,
}: {
  children: string;
  className?: string;
  headingLevel?: Level;
}) {
  return (
    <div className={cx('markdown', className)}>
      <ReactMarkdown skipHtml urlTransform={safeUrl} components={BY_LEVEL[headingLevel]}>
        {children}
      </ReactMarkdown>
    </div>
  );
}
