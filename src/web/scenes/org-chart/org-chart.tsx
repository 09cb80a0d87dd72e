import {
  Alert,
  Button,
  Card,
  Center,
  Group,
  Loader,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  ColorSwatch,
  useComputedColorScheme,
} from '@mantine/core';
import { useElementSize, useMergedRef } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { IconFileTypePdf, IconInfoCircle, IconPhoto, IconVectorBezier2 } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { api, call, type Schemas } from '../../api/client';
import { Page } from '../../components/page';
import { notifyError, ProblemAlert } from '../../components/problem';
import { useSignedIn } from '../../session';
import { OrgUnitSelect } from '../people/pickers';
import { CHART_MARGIN, ChartSvg, chartSize, PALETTES, roleColor, type OrgNode } from './chart-svg';
import { exportPng, exportSvg } from './export';
import { BOX, layoutChart } from './layout';

type OrgChart = Schemas['OrgChart'];

const today = () => new Date().toISOString().slice(0, 10);

const fetchChart = (query: { orgUnitId?: string; rootPersonId?: string; depth: number; asOf?: string }) =>
  call(api.GET('/api/org-chart', { params: { query } }));

/** The reporting lines with ISMS role badges; branches open on demand so big organisations stay light. */
export function OrgChartScene() {
  const session = useSignedIn();
  const [params, setParams] = useSearchParams();
  const unitId = params.get('unit');
  const asOf = params.get('asOf') ?? '';
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const chart = useQuery({
    queryKey: ['org-chart', unitId, asOf],
    queryFn: () => fetchChart({ orgUnitId: unitId ?? undefined, asOf: asOf || undefined, depth: 3 }),
  });

  return (
    <Page
      title="Org chart"
      description="Reporting lines and who holds which ISMS role. Click a person to open them; click + under a box to open a team."
      actions={
        session.permissions.readCoverage ? (
          <Button
            component="a"
            href={`/api/responsibilities/document.pdf${asOf ? `?asOf=${asOf}` : ''}`}
            variant="light"
            leftSection={<IconFileTypePdf size={16} />}
            data-testid="rr-document"
          >
            Roles and responsibilities (PDF)
          </Button>
        ) : undefined
      }
    >
      <Group align="flex-end" gap="md" wrap="wrap">
        <OrgUnitSelect
          label="Org unit"
          placeholder="Whole organisation"
          value={unitId}
          onChange={(id) => set('unit', id)}
          w={360}
          data-testid="org-unit-filter"
        />
        <TextInput
          label="Roles as of"
          type="date"
          value={asOf}
          max={today()}
          onChange={(e) => set('asOf', e.currentTarget.value || null)}
          w={180}
          data-testid="org-as-of"
        />
      </Group>
      <ProblemAlert error={chart.error} />
      {chart.isPending && (
        <Center py="xl">
          <Loader aria-label="Loading the org chart" />
        </Center>
      )}
      {chart.data && <Chart key={`${unitId}|${asOf}|${chart.dataUpdatedAt}`} initial={chart.data} asOf={asOf} />}
    </Page>
  );
}

function Chart({ initial, asOf }: { initial: OrgChart; asOf: string }) {
  const navigate = useNavigate();
  const scheme = useComputedColorScheme('light');
  const svgRef = useRef<SVGSVGElement>(null);
  const [nodes, setNodes] = useState(() => new Map(initial.nodes.map((n) => [n.id, n])));
  const [expanded, setExpanded] = useState(
    () => new Set(initial.nodes.filter((n) => n.childrenShown > 0).map((n) => n.id)),
  );
  const [loading, setLoading] = useState<string | null>(null);
  const [zoom, setZoom] = useState('fit');
  const { ref: sizeRef, width: frameWidth } = useElementSize<HTMLDivElement>();
  const frameRef = useRef<HTMLDivElement>(null);
  const frameRefs = useMergedRef(sizeRef, frameRef);

  const children = useMemo(() => {
    const byManager = new Map<string, OrgNode[]>();
    for (const n of nodes.values()) {
      if (n.managerId === null) continue;
      const list = byManager.get(n.managerId) ?? [];
      list.push(n);
      byManager.set(n.managerId, list);
    }
    for (const list of byManager.values()) list.sort((a, b) => a.fullName.localeCompare(b.fullName));
    return byManager;
  }, [nodes]);

  const layout = useMemo(
    () =>
      layoutChart({
        roots: initial.rootIds,
        childrenOf: (id) => (expanded.has(id) ? (children.get(id) ?? []).map((n) => n.id) : []),
      }),
    [initial.rootIds, children, expanded],
  );

  async function toggle(id: string) {
    if (expanded.has(id)) {
      setExpanded((s) => new Set([...s].filter((x) => x !== id)));
      return;
    }
    const node = nodes.get(id);
    if (!node) return;
    if (node.childrenShown === 0) {
      setLoading(id);
      try {
        const more = await fetchChart({
          rootPersonId: id,
          orgUnitId: initial.orgUnit?.id,
          asOf: asOf || undefined,
          depth: 2,
        });
        setNodes((prev) => {
          const next = new Map(prev);
          for (const n of more.nodes) {
            // The branch's top keeps its place (and manager) in this chart.
            next.set(n.id, n.id === id ? { ...n, managerId: prev.get(id)?.managerId ?? null } : n);
          }
          return next;
        });
      } catch (e) {
        notifyError(e);
        return;
      } finally {
        setLoading(null);
      }
    }
    setExpanded((s) => new Set(s).add(id));
  }

  const legend = useMemo(() => {
    const roles = new Map<string, string>();
    for (const n of nodes.values()) for (const b of n.badges) roles.set(b.roleKey, b.roleName);
    return [...roles.entries()];
  }, [nodes]);
  const natural = chartSize(layout);
  // "Fit" shrinks a wide chart to the frame, but not below what stays readable, and never enlarges it.
  const scale =
    zoom === 'fit' ? Math.max(0.65, Math.min(1, frameWidth > 0 ? (frameWidth - 2) / natural.width : 1)) : Number(zoom);

  // A wide chart opens scrolled to its main person (the top with the most reports), not its left edge.
  const centred = useRef(false);
  useEffect(() => {
    const frame = frameRef.current;
    if (centred.current || frameWidth === 0 || !frame) return;
    centred.current = true;
    const main = [...initial.rootIds].sort(
      (a, b) => (nodes.get(b)?.childCount ?? 0) - (nodes.get(a)?.childCount ?? 0),
    )[0];
    const box = layout.boxes.find((b) => b.id === main);
    if (box) frame.scrollLeft = Math.max(0, (CHART_MARGIN + box.x + BOX.width / 2) * scale - frameWidth / 2);
  }, [frameWidth, frameRef, initial.rootIds, layout, nodes, scale]);

  const title = `Org chart · ${initial.orgUnit?.name ?? 'Whole organisation'}`;
  const subtitle = `ISMS roles as of ${new Date(initial.asOf).toLocaleString(undefined, {
    dateStyle: 'medium',
    timeStyle: asOf ? undefined : 'short',
  })} · ${nodes.size} people shown`;
  const fileBase = `org-chart-${(initial.orgUnit?.name ?? 'organisation').replace(/[^A-Za-z0-9]+/g, '-')}-${initial.asOf.slice(0, 10)}`;

  if (initial.nodes.length === 0) {
    return (
      <Text c="dimmed" ta="center" py="xl" data-testid="org-empty">
        Nobody to show: this selection has no active people.
      </Text>
    );
  }
  return (
    <>
      {initial.rootCount > initial.rootIds.length && (
        <Alert color="yellow" variant="light" icon={<IconInfoCircle size={18} />} data-testid="org-roots-cut">
          {initial.rootCount} people are at the top of this selection (no manager within it); the first{' '}
          {initial.rootIds.length} are shown. Choose an org unit to narrow it.
        </Alert>
      )}
      <Card withBorder padding={0}>
        <Group justify="space-between" p="sm" wrap="wrap" gap="sm">
          <Stack gap={4}>
            <Text fz="sm" c="dimmed" data-testid="org-count">
              {nodes.size} people shown
              {initial.truncated ? ' · some teams are closed to keep the chart light' : ''}
            </Text>
            {legend.length > 0 && (
              <Group gap="sm" data-testid="org-legend">
                {legend.map(([key, name]) => (
                  <Group key={key} gap={5} wrap="nowrap">
                    <ColorSwatch color={roleColor(key)} size={10} withShadow={false} />
                    <Text fz="xs">{name}</Text>
                  </Group>
                ))}
                <Text fz="xs" c="dimmed" fs="italic">
                  filled: holder · outlined: deputy
                </Text>
              </Group>
            )}
          </Stack>
          <Group gap="xs">
            <SegmentedControl
              size="xs"
              value={zoom}
              onChange={setZoom}
              data={[
                { value: 'fit', label: 'Fit' },
                { value: '0.5', label: '50%' },
                { value: '0.75', label: '75%' },
                { value: '1', label: '100%' },
              ]}
              aria-label="Zoom"
            />
            <Button
              size="xs"
              variant="default"
              leftSection={<IconVectorBezier2 size={14} />}
              onClick={() => svgRef.current && exportSvg(svgRef.current, `${fileBase}.svg`)}
              data-testid="org-export-svg"
            >
              Export SVG
            </Button>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconPhoto size={14} />}
              onClick={() => {
                if (svgRef.current) exportPng(svgRef.current, `${fileBase}.png`).catch(notifyError);
              }}
              data-testid="org-export-png"
            >
              Export PNG
            </Button>
          </Group>
        </Group>
        <div
          ref={frameRefs}
          style={{ overflow: 'auto', maxHeight: '75vh', borderTop: '1px solid var(--mantine-color-default-border)' }}
          data-testid="org-chart"
        >
          <ChartSvg
            ref={svgRef}
            nodes={nodes}
            layout={layout}
            expanded={expanded}
            loading={loading}
            palette={PALETTES[scheme]}
            title={title}
            subtitle={subtitle}
            zoom={scale}
            onOpen={(id) => void navigate(`/people/${id}`)}
            onToggle={(id) => void toggle(id)}
          />
        </div>
      </Card>
    </>
  );
}
