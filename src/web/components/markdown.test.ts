import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown';

describe('[POLICIES] Markdown rendering', () => {
  it('escapes raw HTML instead of rendering it', () => {
    const html = renderMarkdown('Hello <script>alert(1)</script> <img src=x onerror="alert(2)">');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
  });

  it('refuses script links', () => {
    const html = renderMarkdown('[click](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=)');
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).not.toMatch(/href="data:/i);
  });

  it('opens outside links in a new tab without a handle on the app', () => {
    const html = renderMarkdown('See https://example.org/policy');
    expect(html).toContain('href="https://example.org/policy"');
    expect(html).toContain('target="_blank"');
    expect(html).toContain('rel="noopener noreferrer nofollow"');
  });

  it('wraps tables so they scroll on a narrow screen', () => {
    const html = renderMarkdown('| a | b |\n| --- | --- |\n| 1 | 2 |');
    expect(html).toMatch(/^<div class="md-table"><table>/);
    expect(html).toContain('</table></div>');
  });
});
