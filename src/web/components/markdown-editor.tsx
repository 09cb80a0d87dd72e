import {
  ActionIcon,
  Divider,
  Group,
  Input,
  Menu,
  SegmentedControl,
  SimpleGrid,
  Text,
  Textarea,
  Tooltip,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import {
  IconBlockquote,
  IconBold,
  IconCode,
  IconHeading,
  IconItalic,
  IconLink,
  IconList,
  IconListNumbers,
  IconTable,
} from '@tabler/icons-react';
import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import classes from './markdown.module.css';
import { MarkdownView } from './markdown-view';

type Mode = 'write' | 'preview' | 'split';
type LineKind = 'h1' | 'h2' | 'h3' | 'bullet' | 'numbered' | 'quote';

const LINE_PATTERN: Record<LineKind, RegExp> = {
  h1: /^#\s+/,
  h2: /^##\s+/,
  h3: /^###\s+/,
  bullet: /^\s*[-*+]\s+/,
  numbered: /^\s*\d+[.)]\s+/,
  quote: /^>\s?/,
};
/** Any block prefix, removed before another one is put in its place. */
const ANY_PREFIX = /^(#{1,6}\s+|\s*[-*+]\s+|\s*\d+[.)]\s+|>\s?)/;
const prefixFor = (kind: LineKind, i: number): string =>
  ({ h1: '# ', h2: '## ', h3: '### ', bullet: '- ', numbered: `${i + 1}. `, quote: '> ' })[kind];

const TABLE = '| Column 1 | Column 2 | Column 3 |\n| --- | --- | --- |\n| Cell | Cell | Cell |\n| Cell | Cell | Cell |';

/** Words a reader sees: runs with a letter or digit, so Markdown marks like `#` or `-` do not count. */
export const countWords = (text: string): number => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/**
 * A Markdown editor: a toolbar and shortcuts (Ctrl/Cmd+B, I, K) that wrap or prefix the
 * selection in a monospace text area, with Write, Preview and (on wide screens) side by side.
 */
export function MarkdownEditor({
  value,
  onChange,
  label,
  description,
  error,
  required,
  placeholder = 'Write in Markdown: # Heading, **bold**, - list, | table |',
  minRows = 14,
  maxLength,
  testId = 'markdown-editor',
}: {
  value: string;
  onChange: (value: string) => void;
  label?: ReactNode;
  description?: ReactNode;
  error?: ReactNode;
  required?: boolean;
  placeholder?: string;
  minRows?: number;
  maxLength?: number;
  testId?: string;
}) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const wide = useMediaQuery('(min-width: 62em)', false);
  const [chosen, setChosen] = useState<Mode>('write');
  const mode: Mode = chosen === 'split' && !wide ? 'write' : chosen;

  /** Replaces [from, to) with text and selects [selFrom, selTo), keeping the browser's undo history. */
  const replace = (from: number, to: number, text: string, selFrom: number, selTo: number) => {
    const el = ref.current;
    if (!el) return;
    const expected = value.slice(0, from) + text + value.slice(to);
    el.focus();
    el.setSelectionRange(from, to);
    let inserted = false;
    try {
      // execCommand is deprecated but the only way to keep Ctrl+Z working in a text area.
      inserted = document.execCommand('insertText', false, text);
    } catch {
      inserted = false;
    }
    if (!inserted || el.value !== expected) onChange(expected);
    requestAnimationFrame(() => {
      el.focus();
      el.setSelectionRange(selFrom, selTo);
    });
  };

  const selection = () => {
    const el = ref.current;
    return { start: el?.selectionStart ?? value.length, end: el?.selectionEnd ?? value.length };
  };

  const wrap = (before: string, after: string, placeholderText: string) => {
    const { start, end } = selection();
    const selected = value.slice(start, end);
    // Pressing Bold on bold text takes the marks away again.
    if (
      start >= before.length &&
      value.slice(start - before.length, start) === before &&
      value.slice(end, end + after.length) === after
    ) {
      replace(start - before.length, end + after.length, selected, start - before.length, end - before.length);
      return;
    }
    const inner = selected || placeholderText;
    replace(start, end, before + inner + after, start + before.length, start + before.length + inner.length);
  };

  const link = () => {
    const { start, end } = selection();
    const selected = value.slice(start, end);
    if (/^https?:\/\/\S+$/.test(selected)) {
      const text = `[link text](${selected})`;
      replace(start, end, text, start + 1, start + 10);
      return;
    }
    const inner = selected || 'link text';
    const text = `[${inner}](https://)`;
    const urlAt = start + inner.length + 3;
    replace(start, end, text, urlAt, urlAt + 8);
  };

  const prefixLines = (kind: LineKind) => {
    const { start, end } = selection();
    const lineStart = value.lastIndexOf('\n', start - 1) + 1;
    const endAt = end > start && value[end - 1] === '\n' ? end - 1 : end;
    const nl = value.indexOf('\n', endAt);
    const lineEnd = nl < 0 ? value.length : nl;
    const lines = value.slice(lineStart, lineEnd).split('\n');
    const pattern = LINE_PATTERN[kind];
    const on = lines.filter((l) => l.trim());
    const toggleOff = on.length > 0 && on.every((l) => pattern.test(l));
    let n = 0;
    const next = lines
      .map((l) => {
        if (toggleOff) return l.replace(pattern, '');
        if (!l.trim() && lines.length > 1) return l;
        return prefixFor(kind, n++) + l.replace(ANY_PREFIX, '');
      })
      .join('\n');
    const caretAtEnd = start === end;
    replace(lineStart, lineEnd, next, caretAtEnd ? lineStart + next.length : lineStart, lineStart + next.length);
  };

  const code = () => {
    const { start, end } = selection();
    const selected = value.slice(start, end);
    const lineStart = value.lastIndexOf('\n', start - 1) + 1;
    const onEmptyLine = start === end && value.slice(lineStart, start).trim() === '' && (value[end] ?? '\n') === '\n';
    if (selected.includes('\n') || onEmptyLine) {
      const inner = selected || 'code';
      const lead = start === 0 || value[start - 1] === '\n' ? '' : '\n';
      const text = `${lead}\`\`\`\n${inner}\n\`\`\`\n`;
      const at = start + lead.length + 4;
      replace(start, end, text, at, at + inner.length);
      return;
    }
    wrap('`', '`', 'code');
  };

  const table = () => {
    const { start, end } = selection();
    const before = value.slice(0, start);
    const lead = before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
    const trail = value.slice(end).startsWith('\n') ? '\n' : '\n\n';
    const at = start + lead.length + 2;
    replace(start, end, lead + TABLE + trail, at, at + 'Column 1'.length);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
    const key = e.key.toLowerCase();
    if (key === 'b') {
      e.preventDefault();
      wrap('**', '**', 'bold text');
    } else if (key === 'i') {
      e.preventDefault();
      wrap('_', '_', 'italic text');
    } else if (key === 'k') {
      e.preventDefault();
      link();
    }
  };

  const tool = (name: string, tip: string, icon: ReactNode, action: () => void) => (
    <Tooltip label={tip} key={name} withinPortal>
      <ActionIcon
        variant="subtle"
        color="gray"
        size="lg"
        aria-label={tip}
        // Keep the text area's selection while the button is pressed.
        onMouseDown={(e) => e.preventDefault()}
        onClick={action}
        data-testid={`${testId}-${name}`}
      >
        {icon}
      </ActionIcon>
    </Tooltip>
  );

  const words = countWords(value);
  const toolbar = (
    <Group gap={2} wrap="wrap" data-testid={`${testId}-toolbar`}>
      <Menu position="bottom-start" withinPortal>
        <Tooltip label="Heading" withinPortal>
          <Menu.Target>
            <ActionIcon
              variant="subtle"
              color="gray"
              size="lg"
              aria-label="Heading"
              onMouseDown={(e) => e.preventDefault()}
              data-testid={`${testId}-heading`}
            >
              <IconHeading size={18} />
            </ActionIcon>
          </Menu.Target>
        </Tooltip>
        <Menu.Dropdown>
          <Menu.Item onClick={() => prefixLines('h1')} data-testid={`${testId}-h1`}>
            <Text fw={700} fz="lg">
              Heading 1
            </Text>
          </Menu.Item>
          <Menu.Item onClick={() => prefixLines('h2')} data-testid={`${testId}-h2`}>
            <Text fw={700} fz="md">
              Heading 2
            </Text>
          </Menu.Item>
          <Menu.Item onClick={() => prefixLines('h3')} data-testid={`${testId}-h3`}>
            <Text fw={700} fz="sm">
              Heading 3
            </Text>
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {tool('bold', 'Bold (Ctrl+B)', <IconBold size={18} />, () => wrap('**', '**', 'bold text'))}
      {tool('italic', 'Italic (Ctrl+I)', <IconItalic size={18} />, () => wrap('_', '_', 'italic text'))}
      <Divider orientation="vertical" mx={4} />
      {tool('bullets', 'Bulleted list', <IconList size={18} />, () => prefixLines('bullet'))}
      {tool('numbers', 'Numbered list', <IconListNumbers size={18} />, () => prefixLines('numbered'))}
      {tool('quote', 'Quote', <IconBlockquote size={18} />, () => prefixLines('quote'))}
      <Divider orientation="vertical" mx={4} />
      {tool('link', 'Link (Ctrl+K)', <IconLink size={18} />, link)}
      {tool('code', 'Code', <IconCode size={18} />, code)}
      {tool('table', 'Table', <IconTable size={18} />, table)}
    </Group>
  );

  const textarea = (
    <Textarea
      ref={ref}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      onKeyDown={onKeyDown}
      placeholder={placeholder}
      autosize
      minRows={minRows}
      maxLength={maxLength}
      spellCheck
      error={Boolean(error)}
      aria-label={typeof label === 'string' ? label : 'Markdown text'}
      classNames={{ input: classes.editorInput }}
      data-testid={testId}
    />
  );
  const preview = (
    <div className={classes.previewPane} data-testid={`${testId}-preview`}>
      <MarkdownView source={value} empty="Nothing to preview yet." />
    </div>
  );

  return (
    <Input.Wrapper label={label} description={description} error={error} required={required}>
      <Group justify="space-between" align="center" wrap="wrap" gap="xs" my={6}>
        <SegmentedControl
          size="xs"
          value={mode}
          onChange={(v) => setChosen(v as Mode)}
          data={[
            { value: 'write', label: 'Write' },
            { value: 'preview', label: 'Preview' },
            ...(wide ? [{ value: 'split', label: 'Side by side' }] : []),
          ]}
          data-testid={`${testId}-mode`}
        />
        {mode !== 'preview' && toolbar}
      </Group>
      {mode === 'write' && textarea}
      {mode === 'preview' && preview}
      {mode === 'split' && (
        <SimpleGrid cols={2} spacing="md">
          {textarea}
          {preview}
        </SimpleGrid>
      )}
      <Group justify="space-between" mt={4} gap="xs">
        <Text fz="xs" c="dimmed">
          Markdown: **bold**, _italic_, # headings, - lists, [links](https://…), | tables |
        </Text>
        <Text fz="xs" c="dimmed" data-testid={`${testId}-words`}>
          {words.toLocaleString()} {words === 1 ? 'word' : 'words'}
          {maxLength ? ` · ${value.length.toLocaleString()} / ${maxLength.toLocaleString()} characters` : ''}
        </Text>
      </Group>
    </Input.Wrapper>
  );
}
