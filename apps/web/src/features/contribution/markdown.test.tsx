import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Markdown, safeUrl } from './markdown';

describe('Markdown', () => {
  it('renders Markdown but never raw HTML', () => {
    const { container } = render(
      <Markdown>{'**bold** <img src=x onerror="alert(1)"> <script>alert(2)</script> <b>raw</b>'}</Markdown>,
    );
    expect(container.querySelector('strong')?.textContent).toBe('bold');
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
  });

  it('keeps http(s) and mailto links and drops every other scheme', () => {
    const { container } = render(
      <Markdown>
        {
          '[ok](https://example.org) [mail](mailto:a@b.example) [bad](javascript:alert(1)) [data](data:text/html,x) [rel](/o/1)'
        }
      </Markdown>,
    );
    const hrefs = [...container.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['https://example.org', 'mailto:a@b.example']);
    expect(container.textContent).toContain('bad');
    for (const a of container.querySelectorAll('a')) expect(a.getAttribute('rel')).toContain('noopener');
  });

  it('shows images as links instead of loading them', () => {
    const { container } = render(<Markdown>{'![chart](https://example.org/c.png)'}</Markdown>);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('a')?.getAttribute('href')).toBe('https://example.org/c.png');
  });

  it('safeUrl allows only http, https and mailto', () => {
    expect(safeUrl(' https://x.example ')).toBe('https://x.example');
    expect(safeUrl('JAVASCRIPT:alert(1)')).toBe('');
    expect(safeUrl('//evil.example')).toBe('');
  });
});

describe('Markdown headings', () => {
  it('start below the page’s own headings', () => {
    const { container } = render(<Markdown headingLevel={4}>{'# Title\n\n## Part'}</Markdown>);
    expect(container.querySelector('h4')?.textContent).toBe('Title');
    expect(container.querySelector('h5')?.textContent).toBe('Part');
    expect(container.querySelector('h1, h2, h3')).toBeNull();
  });
});
