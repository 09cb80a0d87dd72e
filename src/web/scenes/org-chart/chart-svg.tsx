import { forwardRef, useState, type KeyboardEvent } from 'react';
import type { Schemas } from '../../api/client';
import { BOX, type ChartLayout } from './layout';

export type OrgNode = Schemas['OrgChartNode'];
export type OrgBadge = Schemas['OrgChartBadge'];

/**
 * The org chart as plain SVG. Every colour, font and size is a presentation attribute on the
 * element itself (no CSS classes), so the exported SVG and PNG look exactly like the screen.
 */

const FONT = "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

/** Role colours; built-in roles keep theirs, custom roles get a stable one from their key. */
const ROLE_COLORS: Record<string, string> = {
  top_management: '#6741d9',
  isms_manager: '#1971c2',
  risk_owner: '#d9480f',
  asset_owner: '#2b8a3e',
  sysadmin: '#0b7285',
  internal_auditor: '#c2255c',
};
const SPARE_COLORS = ['#5f3dc4', '#e67700', '#087f5b', '#1864ab', '#a61e4d', '#5c940d', '#862e9c', '#364fc7'];

export function roleColor(roleKey: string): string {
  const known = ROLE_COLORS[roleKey];
  if (known) return known;
  let h = 0;
  for (const ch of roleKey) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return SPARE_COLORS[h % SPARE_COLORS.length]!;
}

const SHORT_NAMES: Record<string, string> = {
  top_management: 'Top Mgmt',
  isms_manager: 'ISM',
  risk_owner: 'Risk Owner',
  asset_owner: 'Asset Owner',
  sysadmin: 'SysAdmin',
  internal_auditor: 'Auditor',
};

export const shortRoleName = (b: Pick<OrgBadge, 'roleKey' | 'roleName'>) =>
  SHORT_NAMES[b.roleKey] ?? (b.roleName.length > 16 ? `${b.roleName.slice(0, 15)}…` : b.roleName);

export const badgeLabel = (b: OrgBadge) =>
  b.scopeType === 'isms' ? shortRoleName(b) : `${shortRoleName(b)} · ${b.scopeLabel}`;

export type ChartPalette = {
  background: string;
  box: string;
  boxBorder: string;
  name: string;
  muted: string;
  line: string;
  toggle: string;
};

export const PALETTES: Record<'light' | 'dark', ChartPalette> = {
  light: {
    background: '#ffffff',
    box: '#ffffff',
    boxBorder: '#ced4da',
    name: '#1f2328',
    muted: '#5c636a',
    line: '#adb5bd',
    toggle: '#364fc7',
  },
  dark: {
    background: '#1a1b1e',
    box: '#25262b',
    boxBorder: '#495057',
    name: '#f1f3f5',
    muted: '#a6a7ab',
    line: '#5c5f66',
    toggle: '#91a7ff',
  },
};

let measurer: CanvasRenderingContext2D | null | undefined;

/** Text width in pixels for an SVG font; estimated where no canvas is at hand. */
function textWidth(text: string, size: number, bold = false): number {
  if (measurer === undefined) measurer = document.createElement('canvas').getContext('2d');
  if (!measurer) return text.length * size * 0.56;
  measurer.font = `${bold ? 600 : 400} ${size}px ${FONT}`;
  return measurer.measureText(text).width;
}

function fit(text: string, size: number, max: number, bold = false): string {
  if (textWidth(text, size, bold) <= max) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(`${text.slice(0, mid)}…`, size, bold) <= max) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo).trimEnd()}…`;
}

const PAD = 12;
const BADGE_H = 17;
const BADGE_SIZE = 10;
const HEADER = 64;
const MARGIN = 24;
/** Space around the drawing; boxes sit this far in from the SVG's edge (plus the header above). */
export const CHART_MARGIN = MARGIN;

/** Badges in at most two rows; what does not fit is counted ("+2"). */
function Badges({ badges, x, y }: { badges: OrgBadge[]; x: number; y: number }) {
  const max = BOX.width - 2 * PAD;
  const MORE = 28;
  type Placed = { b: OrgBadge; label: string; w: number; row: number; x: number };
  const placed: Placed[] = [];
  let cx = 0;
  let row = 0;
  for (const b of badges) {
    const label = fit(badgeLabel(b), BADGE_SIZE, max - 14);
    const w = textWidth(label, BADGE_SIZE, true) + 14;
    if (cx > 0 && cx + w > max) {
      row += 1;
      cx = 0;
    }
    if (row > 1) break;
    placed.push({ b, label, w, row, x: cx });
    cx += w + 4;
  }
  if (placed.length < badges.length) {
    while (placed.length > 0) {
      const last = placed[placed.length - 1]!;
      if (last.x + last.w + 4 + MORE <= max) break;
      placed.pop();
    }
  }
  const more = badges.length - placed.length;
  const last = placed[placed.length - 1];
  const rowY = (r: number) => y + r * (BADGE_H + 4);
  return (
    <>
      {placed.map(({ b, label, w, row: r, x: bx }) => {
        const color = roleColor(b.roleKey);
        const deputy = b.kind === 'deputy';
        return (
          <g
            key={`${b.roleKey}-${b.kind}-${b.scopeType}-${b.scopeId ?? ''}`}
            data-testid="org-badge"
            data-role={b.roleKey}
            data-kind={b.kind}
          >
            <title>{`${b.roleName} (${b.kind}) · ${b.scopeLabel}`}</title>
            <rect
              x={x + bx}
              y={rowY(r)}
              width={w}
              height={BADGE_H}
              rx={BADGE_H / 2}
              fill={deputy ? 'none' : color}
              stroke={color}
              strokeWidth={1.2}
              strokeDasharray={deputy ? '3 2' : undefined}
            />
            <text
              x={x + bx + 7}
              y={rowY(r) + 12}
              fontSize={BADGE_SIZE}
              fontWeight={600}
              fill={deputy ? color : '#ffffff'}
            >
              {label}
            </text>
          </g>
        );
      })}
      {more > 0 && (
        <text
          x={x + (last ? last.x + last.w + 6 : 0)}
          y={rowY(last?.row ?? 0) + 12}
          fontSize={BADGE_SIZE}
          fontWeight={600}
          fill="#868e96"
        >
          +{more}
        </text>
      )}
    </>
  );
}

/** The drawing's natural size in pixels (before zoom). */
export function chartSize(layout: ChartLayout): { width: number; height: number } {
  return { width: Math.max(layout.width, 640) + 2 * MARGIN, height: layout.height + HEADER + 2 * MARGIN + 14 };
}

export type ChartSvgProps = {
  nodes: Map<string, OrgNode>;
  layout: ChartLayout;
  expanded: Set<string>;
  loading: string | null;
  palette: ChartPalette;
  title: string;
  subtitle: string;
  zoom: number;
  onOpen: (id: string) => void;
  onToggle: (id: string) => void;
};

/** The drawing; its ref is what the export buttons serialise. */
export const ChartSvg = forwardRef<SVGSVGElement, ChartSvgProps>(function ChartSvg(p, ref) {
  const { layout, palette } = p;
  const legend = new Map<string, string>();
  for (const n of p.nodes.values()) for (const b of n.badges) legend.set(b.roleKey, b.roleName);
  const legendItems = [...legend.entries()];
  const { width, height } = chartSize(layout);
  // Keyboard focus is drawn on the box itself (a browser outline around SVG groups looks broken).
  const [focused, setFocused] = useState<string | null>(null);
  const keyOpen = (id: string) => (e: KeyboardEvent) => {
    if (e.key === 'Enter') p.onOpen(id);
  };
  let lx = MARGIN;
  return (
    <svg
      ref={ref}
      xmlns="http://www.w3.org/2000/svg"
      width={width * p.zoom}
      height={height * p.zoom}
      viewBox={`0 0 ${width} ${height}`}
      fontFamily={FONT}
      data-testid="org-chart-svg"
      role="group"
      aria-label={p.title}
    >
      <rect x={0} y={0} width={width} height={height} fill={palette.background} />
      <text x={MARGIN} y={MARGIN + 8} fontSize={16} fontWeight={700} fill={palette.name}>
        {p.title}
      </text>
      <text x={MARGIN} y={MARGIN + 26} fontSize={11} fill={palette.muted}>
        {p.subtitle}
      </text>
      <g>
        {legendItems.map(([key, name]) => {
          const x = lx;
          const w = textWidth(name, 10) + 20;
          lx += w + 10;
          return (
            <g key={key}>
              <circle cx={x + 5} cy={MARGIN + 41} r={5} fill={roleColor(key)} />
              <text x={x + 14} y={MARGIN + 45} fontSize={10} fill={palette.muted}>
                {name}
              </text>
            </g>
          );
        })}
        {legendItems.length > 0 && (
          <text x={lx + 6} y={MARGIN + 45} fontSize={10} fill={palette.muted} fontStyle="italic">
            filled: holder · outlined: deputy
          </text>
        )}
      </g>
      <g transform={`translate(${MARGIN}, ${MARGIN + HEADER})`}>
        {layout.connectors.map((c) => (
          <path key={`${c.from}-${c.to}`} d={c.d} fill="none" stroke={palette.line} strokeWidth={1.4} />
        ))}
        {layout.boxes.map(({ id, x, y }) => {
          const n = p.nodes.get(id);
          if (!n) return null;
          const accent = n.badges[0] ? roleColor(n.badges[0].roleKey) : palette.boxBorder;
          const open = p.expanded.has(id);
          const partial = open && n.childrenShown < n.childCount;
          return (
            <g key={id}>
              <g
                data-testid="org-node"
                data-name={n.fullName}
                data-person-id={n.id}
                role="link"
                tabIndex={0}
                aria-label={`${n.fullName}${n.jobTitle ? `, ${n.jobTitle}` : ''}`}
                style={{ cursor: 'pointer', outline: 'none' }}
                onClick={() => p.onOpen(id)}
                onKeyDown={keyOpen(id)}
                onFocus={() => setFocused(`box:${id}`)}
                onBlur={() => setFocused(null)}
              >
                <title>{`${n.fullName}${n.jobTitle ? ` — ${n.jobTitle}` : ''}${n.orgUnit ? ` (${n.orgUnit.name})` : ''}`}</title>
                <rect
                  x={x}
                  y={y}
                  width={BOX.width}
                  height={BOX.height}
                  rx={8}
                  fill={palette.box}
                  stroke={focused === `box:${id}` ? palette.toggle : palette.boxBorder}
                  strokeWidth={focused === `box:${id}` ? 2 : 1}
                />
                <rect x={x + 1.5} y={y + 8} width={4} height={BOX.height - 16} rx={2} fill={accent} />
                <text x={x + PAD} y={y + 21} fontSize={13} fontWeight={600} fill={palette.name}>
                  {fit(n.fullName, 13, BOX.width - 2 * PAD, true)}
                </text>
                <text x={x + PAD} y={y + 37} fontSize={11} fill={palette.muted}>
                  {fit(n.jobTitle ?? '—', 11, BOX.width - 2 * PAD)}
                </text>
                <text x={x + PAD} y={y + 52} fontSize={10} fill={palette.muted}>
                  {fit(n.orgUnit?.name ?? 'No org unit', 10, BOX.width - 2 * PAD - (partial ? 60 : 0))}
                </text>
                {partial && (
                  <text x={x + BOX.width - PAD} y={y + 52} fontSize={10} fill={palette.muted} textAnchor="end">
                    {n.childrenShown} of {n.childCount}
                  </text>
                )}
                <Badges badges={n.badges} x={x + PAD} y={y + 60} />
              </g>
              {n.childCount > 0 && (
                <g
                  data-testid="org-toggle"
                  data-export="skip"
                  data-name={n.fullName}
                  role="button"
                  tabIndex={0}
                  aria-expanded={open}
                  aria-label={`${open ? 'Collapse' : 'Expand'} ${n.fullName}'s ${n.childCount} reports`}
                  style={{ cursor: 'pointer', outline: 'none' }}
                  onFocus={() => setFocused(`toggle:${id}`)}
                  onBlur={() => setFocused(null)}
                  onClick={() => p.onToggle(id)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' || e.key === ' ') {
                      e.preventDefault();
                      p.onToggle(id);
                    }
                  }}
                >
                  <rect
                    x={x + BOX.width / 2 - 22}
                    y={y + BOX.height - 9}
                    width={44}
                    height={18}
                    rx={9}
                    fill={open ? palette.box : palette.toggle}
                    stroke={palette.toggle}
                    strokeWidth={focused === `toggle:${id}` ? 2.5 : 1}
                  />
                  <text
                    x={x + BOX.width / 2}
                    y={y + BOX.height + 4}
                    fontSize={11}
                    fontWeight={700}
                    textAnchor="middle"
                    fill={open ? palette.toggle : '#ffffff'}
                  >
                    {p.loading === id ? '…' : open ? '−' : `+${n.childCount}`}
                  </text>
                </g>
              )}
            </g>
          );
        })}
      </g>
    </svg>
  );
});
