import MarkdownIt from 'markdown-it';

/**
 * One configured renderer for every policy text. `html: false` escapes raw HTML, so a policy
 * cannot carry script or markup into the page; markdown-it's link validation already refuses
 * `javascript:`, `vbscript:`, `file:` and non-image `data:` links.
 */
const md = new MarkdownIt({ html: false, linkify: true, typographer: false });

/** Class on the element around each table, so a wide table scrolls on its own on a phone. */
export const TABLE_WRAP_CLASS = 'md-table';

md.renderer.rules.table_open = () => `<div class="${TABLE_WRAP_CLASS}"><table>\n`;
md.renderer.rules.table_close = () => '</table></div>\n';

const renderToken: NonNullable<typeof md.renderer.rules.link_open> = (tokens, idx, options, _env, self) =>
  self.renderToken(tokens, idx, options);
const defaultLinkOpen = md.renderer.rules.link_open ?? renderToken;
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const token = tokens[idx];
  const href = String(token?.attrGet('href') ?? '');
  const origin = typeof window === 'undefined' ? null : window.location.origin;
  // Links out of Remit open in a new tab and get no handle on this window.
  if (token && /^https?:\/\//i.test(href) && (!origin || !href.startsWith(origin))) {
    token.attrSet('target', '_blank');
    token.attrSet('rel', 'noopener noreferrer nofollow');
  }
  return defaultLinkOpen(tokens, idx, options, env, self);
};

/** Markdown as HTML that is safe to put in the page. */
export const renderMarkdown = (source: string): string => md.render(source);
