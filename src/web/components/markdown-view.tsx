import { Text, Typography, type BoxProps } from '@mantine/core';
import { useMemo } from 'react';
import { renderMarkdown } from './markdown';
import classes from './markdown.module.css';

/** Renders a policy's Markdown with readable headings, lists, tables, code and quotes. */
export function MarkdownView({
  source,
  empty = 'Nothing written yet.',
  ...props
}: { source: string; empty?: string } & BoxProps & { 'data-testid'?: string }) {
  // Safe: renderMarkdown escapes raw HTML and refuses script links (see markdown.ts).
  const html = useMemo(() => renderMarkdown(source), [source]);
  if (!source.trim())
    return (
      <Text c="dimmed" fs="italic" {...props}>
        {empty}
      </Text>
    );
  return <Typography className={classes.root} dangerouslySetInnerHTML={{ __html: html }} {...props} />;
}
