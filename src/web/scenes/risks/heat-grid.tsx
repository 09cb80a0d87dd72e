import { Box, Group, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import type { CSSProperties } from 'react';
import { plural } from '../policies/shared';
import { textOn } from './risk-math';
import type { RiskLevel, ScaleStep } from './shared';

export type GridCell = {
  likelihood: number;
  impact: number;
  score: number;
  level: { key: string; label: string; color: string };
  count?: number;
};

const LINE = 'var(--mantine-color-text)';
const CELL_HEIGHT = 54;

/**
 * A likelihood × impact matrix, likelihood rising upwards, each cell in its level's colour. A thick
 * line runs between the cells within the appetite and those above it. With counts it is a heat map
 * (a click opens the register on that cell); without, it shows the method's scores.
 */
export function HeatGrid({
  likelihood,
  impact,
  cells,
  appetiteScore,
  onCellClick,
  testId,
  showScores = false,
}: {
  likelihood: ScaleStep[];
  impact: ScaleStep[];
  cells: GridCell[];
  appetiteScore: number;
  onCellClick?: (cell: GridCell) => void;
  testId: string;
  showScores?: boolean;
}) {
  const byKey = new Map(cells.map((c) => [`${c.likelihood}:${c.impact}`, c]));
  const scoreAt = (l: number, i: number) => byKey.get(`${l}:${i}`)?.score ?? l * i;
  const rows = [...likelihood].sort((a, b) => b.value - a.value);
  const cols = [...impact].sort((a, b) => a.value - b.value);
  const withCounts = cells.some((c) => c.count !== undefined);
  // The appetite line in cell units: the left and bottom edges of each cell above appetite whose
  // neighbour there is within it.
  const segments: string[] = [];
  rows.forEach((row, r) =>
    cols.forEach((col, c) => {
      const l = row.value;
      const i = col.value;
      if (scoreAt(l, i) <= appetiteScore) return;
      if (c > 0 && scoreAt(l, cols[c - 1]?.value ?? 0) <= appetiteScore) segments.push(`M${c} ${r}V${r + 1}`);
      if (r < rows.length - 1 && scoreAt(rows[r + 1]?.value ?? 0, i) <= appetiteScore)
        segments.push(`M${c} ${r + 1}H${c + 1}`);
    }),
  );
  return (
    <Group gap={4} wrap="nowrap" align="stretch" data-testid={testId}>
      <Box style={{ display: 'flex', alignItems: 'center', paddingBottom: 44 }}>
        <Text
          fz="xs"
          fw={600}
          c="dimmed"
          tt="uppercase"
          style={{ writingMode: 'vertical-rl', transform: 'rotate(180deg)' }}
        >
          Likelihood
        </Text>
      </Box>
      <Box
        style={{
          flex: 1,
          minWidth: 0,
          display: 'grid',
          gridTemplateColumns: `minmax(64px, max-content) repeat(${cols.length}, minmax(44px, 1fr))`,
          gridTemplateRows: `repeat(${rows.length}, ${CELL_HEIGHT}px) auto auto`,
        }}
      >
        {rows.map((row, r) => (
          <Tooltip
            key={row.value}
            label={row.description || row.label}
            multiline
            maw={260}
            withArrow
            disabled={!row.description}
          >
            <Text
              fz="xs"
              c="dimmed"
              ta="right"
              pr={8}
              lh={1.2}
              style={{ alignSelf: 'center', gridRow: r + 1, gridColumn: 1 }}
            >
              {row.value} · {row.label}
            </Text>
          </Tooltip>
        ))}
        {rows.map((row, r) =>
          cols.map((col, c) => (
            <Cell
              key={`${row.value}:${col.value}`}
              row={row}
              col={col}
              cell={byKey.get(`${row.value}:${col.value}`)}
              gridRow={r + 1}
              gridColumn={c + 2}
              appetiteScore={appetiteScore}
              onCellClick={onCellClick}
              testId={testId}
              showScores={showScores || !withCounts}
              withCounts={withCounts}
            />
          )),
        )}
        <svg
          viewBox={`0 0 ${cols.length} ${rows.length}`}
          preserveAspectRatio="none"
          aria-hidden
          style={{
            gridRow: `1 / ${rows.length + 1}`,
            gridColumn: `2 / ${cols.length + 2}`,
            width: '100%',
            height: '100%',
            pointerEvents: 'none',
            overflow: 'visible',
            zIndex: 1,
          }}
          data-testid={`${testId}-appetite-line`}
        >
          <path
            d={segments.join('')}
            fill="none"
            stroke={LINE}
            strokeWidth={3.5}
            strokeLinecap="square"
            vectorEffect="non-scaling-stroke"
          />
        </svg>
        {cols.map((col, c) => (
          <Tooltip
            key={col.value}
            label={col.description || col.label}
            multiline
            maw={260}
            withArrow
            disabled={!col.description}
          >
            <Text
              fz="xs"
              ta="center"
              c="dimmed"
              lh={1.2}
              pt={6}
              style={{ gridRow: rows.length + 1, gridColumn: c + 2, overflowWrap: 'anywhere', hyphens: 'auto' }}
            >
              {col.value}
              <br />
              {col.label}
            </Text>
          </Tooltip>
        ))}
        <Text
          fz="xs"
          fw={600}
          c="dimmed"
          tt="uppercase"
          ta="center"
          pt={4}
          style={{ gridRow: rows.length + 2, gridColumn: `2 / ${cols.length + 2}` }}
        >
          Impact
        </Text>
      </Box>
    </Group>
  );
}

function Cell({
  row,
  col,
  cell,
  gridRow,
  gridColumn,
  appetiteScore,
  onCellClick,
  testId,
  showScores,
  withCounts,
}: {
  row: ScaleStep;
  col: ScaleStep;
  cell: GridCell | undefined;
  gridRow: number;
  gridColumn: number;
  appetiteScore: number;
  onCellClick?: (cell: GridCell) => void;
  testId: string;
  showScores: boolean;
  withCounts: boolean;
}) {
  const l = row.value;
  const i = col.value;
  const frame: CSSProperties = {
    gridRow,
    gridColumn,
    boxSizing: 'border-box',
    border: '2px solid var(--mantine-color-body)',
    borderRadius: 8,
  };
  if (!cell) return <Box style={{ ...frame, background: 'var(--mantine-color-default-border)' }} />;
  const count = cell.count ?? 0;
  const empty = withCounts && count === 0;
  const above = cell.score > appetiteScore;
  const style: CSSProperties = {
    ...frame,
    // Empty cells keep a hint of their level's colour; the line over them stays crisp.
    background: empty ? `color-mix(in srgb, ${cell.level.color} 30%, var(--mantine-color-body))` : cell.level.color,
    color: empty ? 'var(--mantine-color-dimmed)' : textOn(cell.level.color),
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    justifyContent: 'center',
    cursor: onCellClick && count > 0 ? 'pointer' : 'default',
  };
  const label = `Likelihood ${row.label} (${l}) × impact ${col.label} (${i}) = ${cell.score}, ${cell.level.label}${above ? ', above appetite' : ''}${withCounts ? ` · ${plural(count, 'risk')}` : ''}`;
  const content = (
    <>
      {withCounts && (
        <Text fz={count > 0 ? 20 : 13} fw={count > 0 ? 700 : 500} lh={1} c="inherit">
          {count}
        </Text>
      )}
      {showScores && (
        <Text
          fz={withCounts ? 10 : 14}
          fw={withCounts ? 400 : 600}
          lh={1.2}
          c="inherit"
          opacity={withCounts ? 0.85 : 1}
        >
          {withCounts ? `score ${cell.score}` : cell.score}
        </Text>
      )}
    </>
  );
  return (
    <Tooltip label={label} withArrow openDelay={200}>
      {onCellClick && count > 0 ? (
        <UnstyledButton
          style={style}
          aria-label={label}
          onClick={() => onCellClick(cell)}
          data-testid={`${testId}-cell-${l}-${i}`}
          data-count={count}
        >
          {content}
        </UnstyledButton>
      ) : (
        <Box style={style} aria-label={label} data-testid={`${testId}-cell-${l}-${i}`} data-count={count}>
          {content}
        </Box>
      )}
    </Tooltip>
  );
}

/** Each level's colour and score range, and what the appetite line means. */
export function LevelLegend({
  levels,
  appetiteScore,
  maxScore,
}: {
  levels: RiskLevel[];
  appetiteScore: number;
  maxScore: number;
}) {
  const sorted = [...levels].sort((a, b) => a.minScore - b.minScore);
  return (
    <Stack gap={6} data-testid="level-legend">
      <Group gap="md" wrap="wrap">
        {sorted.map((l, k) => {
          const next = sorted[k + 1];
          const to = next ? next.minScore - 1 : maxScore;
          return (
            <Group key={l.key} gap={6} wrap="nowrap">
              <Box w={14} h={14} style={{ borderRadius: 3, background: l.color }} />
              <Text fz="xs">
                {l.label}{' '}
                <Text span c="dimmed" fz="xs">
                  {to > l.minScore ? `${l.minScore}–${to}` : l.minScore}
                </Text>
              </Text>
            </Group>
          );
        })}
      </Group>
      <Group gap={6} wrap="nowrap">
        <Box w={18} h={0} style={{ borderTop: `3px solid ${LINE}` }} />
        <Text fz="xs" c="dimmed">
          Appetite: residual scores up to {appetiteScore} may be accepted by the risk owner; above the line, Top
          Management accepts.
        </Text>
      </Group>
    </Stack>
  );
}
