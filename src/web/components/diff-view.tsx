import { Box, Group, Text, UnstyledButton } from '@mantine/core';
import { IconArrowsVertical } from '@tabler/icons-react';
import { useMemo, useState, type CSSProperties } from 'react';
import { diffRows, type DiffLine } from './diff-rows';

const BG: Record<DiffLine['kind'], string | undefined> = {
  same: undefined,
  added: 'var(--mantine-color-green-light)',
  removed: 'var(--mantine-color-red-light)',
};
const SIGN: Record<DiffLine['kind'], string> = { same: ' ', added: '+', removed: '−' };
const SIGN_COLOR: Record<DiffLine['kind'], string | undefined> = {
  same: undefined,
  added: 'var(--mantine-color-green-light-color)',
  removed: 'var(--mantine-color-red-light-color)',
};

const numberCell: CSSProperties = {
  width: '1%',
  whiteSpace: 'nowrap',
  textAlign: 'right',
  padding: '1px 8px',
  color: 'var(--mantine-color-dimmed)',
  userSelect: 'none',
  verticalAlign: 'top',
  borderRight: '1px solid var(--mantine-color-default-border)',
};

/** A line-by-line comparison with old and new line numbers; added lines green, removed red. */
export function DiffView({ lines, testId = 'diff-view' }: { lines: DiffLine[]; testId?: string }) {
  const [opened, setOpened] = useState<ReadonlySet<number>>(new Set());
  const rows = useMemo(() => diffRows(lines, opened), [lines, opened]);
  if (lines.length === 0)
    return (
      <Text c="dimmed" fs="italic" data-testid={testId}>
        Both versions are empty.
      </Text>
    );
  return (
    <Box
      data-testid={testId}
      style={{
        border: '1px solid var(--mantine-color-default-border)',
        borderRadius: 'var(--mantine-radius-md)',
        overflow: 'hidden',
      }}
    >
      <Box
        component="table"
        ff="monospace"
        fz="sm"
        style={{ width: '100%', borderCollapse: 'collapse', tableLayout: 'auto' }}
      >
        <tbody>
          {rows.map((row) =>
            row.type === 'fold' ? (
              <tr key={`fold-${row.at}`}>
                <td colSpan={4} style={{ padding: 0 }}>
                  <UnstyledButton
                    w="100%"
                    py={4}
                    px="sm"
                    bg="var(--mantine-color-gray-light)"
                    onClick={() => setOpened((s) => new Set(s).add(row.at))}
                    aria-label={`Show ${row.count} unchanged lines`}
                    data-testid="diff-fold"
                  >
                    <Group gap={6} justify="center">
                      <IconArrowsVertical size={14} />
                      <Text fz="xs" c="dimmed">
                        {row.count.toLocaleString()} unchanged {row.count === 1 ? 'line' : 'lines'}
                      </Text>
                    </Group>
                  </UnstyledButton>
                </td>
              </tr>
            ) : (
              <tr
                key={row.key}
                style={{ background: BG[row.line.kind] }}
                data-testid="diff-line"
                data-kind={row.line.kind}
              >
                <td style={numberCell} aria-label={row.line.oldLine ? `old line ${row.line.oldLine}` : undefined}>
                  {row.line.oldLine ?? ''}
                </td>
                <td style={numberCell} aria-label={row.line.newLine ? `new line ${row.line.newLine}` : undefined}>
                  {row.line.newLine ?? ''}
                </td>
                <td
                  style={{
                    width: '1%',
                    padding: '1px 6px',
                    color: SIGN_COLOR[row.line.kind],
                    fontWeight: 700,
                    userSelect: 'none',
                    verticalAlign: 'top',
                  }}
                  aria-label={row.line.kind === 'same' ? undefined : row.line.kind}
                >
                  {SIGN[row.line.kind]}
                </td>
                <td
                  style={{
                    padding: '1px 8px 1px 0',
                    whiteSpace: 'pre-wrap',
                    overflowWrap: 'anywhere',
                    verticalAlign: 'top',
                  }}
                >
                  {row.line.text || ' '}
                </td>
              </tr>
            ),
          )}
        </tbody>
      </Box>
    </Box>
  );
}
