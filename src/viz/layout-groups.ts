import type { GroupStructure, StageStructure } from './stage-structure';
import { box } from './geometry';
import type { DeskDensity, DeskLayout, GroupLayout } from './layout-types';
import { FONT } from './stage-metrics';
import { widestName } from '../shared/characters';
import { textWidth, widest } from './text-width';

/** A desk: a student figure on the left, lines of text on the right. */
export const DESK = {
  roomy: { w: 236, h: 110, figW: 48, figH: 68 },
  compact: { w: 256, h: 58, figW: 32, figH: 46 },
  mini: { w: 166, h: 46, figW: 24, figH: 38 },
} as const;

/** `status` is the line under the name: the group's state (and in Kafka words its generation and lag). */
export const GROUP_BOX = {
  pad: 10,
  header: 40,
  status: 22,
  captionLine: 21,
  deskGap: 8,
  colGap: 16,
} as const;

/** The longest classroom word for "shelves" in any language ("shelves", "estantes"). */
const SHELVES = 'estantes';

/** Caption lines at most: beyond three the desks themselves say who reads what. */
const MAX_CAPTION_LINES = 3;

export interface GroupMetrics {
  readonly density: DeskDensity;
  /** Group boxes side by side in the students' column. */
  readonly boxCols: number;
  /** Desks side by side in a group box. */
  readonly deskCols: number;
  /** A box is at least wide enough for the longest group name and its tag. */
  readonly minBoxW: number;
}

export function boxWidth(m: GroupMetrics): number {
  const d = DESK[m.density];
  return Math.max(m.minBoxW, m.deskCols * d.w + (m.deskCols - 1) * GROUP_BOX.deskGap + 2 * GROUP_BOX.pad);
}

/**
 * The longest group status line in any words and language, without its backlog (the box shows the
 * longest telling that fits, down to this): a box is never narrower than it.
 */
const LONGEST_STATUS = ['repartiendo estantes', 'PreparingRebalance', 'CompletingRebalance'];

/**
 * The width a group's title needs (tag badge, name at caption size in its longest language, padding), and
 * its status line.
 */
export function titleWidth(s: StageStructure): number {
  const title =
    Math.max(0, ...s.groups.map((g) => textWidth(widestName('group', g.id), FONT.caption, true))) + 66;
  return Math.max(title, widest(LONGEST_STATUS, FONT.body, true) + 2 * GROUP_BOX.pad);
}

export function columnWidth(m: GroupMetrics): number {
  return m.boxCols * boxWidth(m) + (m.boxCols - 1) * GROUP_BOX.colGap;
}

/**
 * Lines the "who reads which shelves" caption may need, in its longest wording (Kafka's, with committed
 * offsets, unless topic names are tiny; then the classroom's, in its longest language), with the
 * partitions shared out evenly: reserved up front so a rebalance, a word switch or a change of language
 * never moves a desk.
 */
export function captionLines(s: StageStructure, g: GroupStructure, innerWidth: number): number {
  let byWidth = captionCache.get(g);
  if (!byWidth) captionCache.set(g, (byWidth = new Map()));
  let lines = byWidth.get(innerWidth);
  if (lines === undefined) byWidth.set(innerWidth, (lines = measureCaption(s, g, innerWidth)));
  return lines;
}

/** The layout tries many widths for the same groups: measure each caption once per width. */
const captionCache = new WeakMap<GroupStructure, Map<number, number>>();

function measureCaption(s: StageStructure, g: GroupStructure, innerWidth: number): number {
  const partitions = s.topics.filter((t) => g.topics.includes(t.name)).reduce((n, t) => n + t.partitions, 0);
  const each = Math.ceil(partitions / Math.max(1, g.members.length));
  const topic = (g.topics[0] ?? 'topic').slice(0, 14);
  // Kafka words add each partition's committed offset ("notes-3 @1234"): the longest form.
  const at = ` @${'0'.repeat(s.offsetDigits)}`;
  const numbers = Array.from({ length: each }, (_, i) => partitions - 1 - i);
  const kafka = numbers.map((p) => `${topic}-${p}${at}`).join(', ');
  const classroom = `${SHELVES} ${numbers.join(', ')}`;
  const list = textWidth(kafka, FONT.body) >= textWidth(classroom, FONT.body) ? kafka : classroom;
  let total = 0;
  for (const m of g.members) total += textWidth(`${m}: ${list} · `, FONT.body);
  if (g.members.length === 0) total = textWidth('nobody yet: no members', FONT.body);
  return Math.min(MAX_CAPTION_LINES, Math.max(1, Math.ceil((total * 1.12) / innerWidth)));
}

function deskCols(m: GroupMetrics, g: GroupStructure): number {
  return Math.max(1, Math.min(m.deskCols, g.members.length));
}

export function groupHeight(s: StageStructure, m: GroupMetrics, g: GroupStructure): number {
  const d = DESK[m.density];
  const inner = boxWidth(m) - 2 * GROUP_BOX.pad;
  const rows = Math.ceil(g.members.length / deskCols(m, g));
  const desks = rows > 0 ? rows * d.h + (rows - 1) * GROUP_BOX.deskGap : 0;
  return (
    GROUP_BOX.pad +
    GROUP_BOX.header +
    GROUP_BOX.status +
    captionLines(s, g, inner) * GROUP_BOX.captionLine +
    6 +
    desks +
    GROUP_BOX.pad
  );
}

/** Height of a band's students' column: group boxes dropped into the shortest column (masonry). */
export function groupsHeight(s: StageStructure, m: GroupMetrics, groups: readonly GroupStructure[]): number {
  const cols = new Array<number>(m.boxCols).fill(0);
  for (const g of groups) {
    const i = cols.indexOf(Math.min(...cols));
    cols[i] = cols[i]! + groupHeight(s, m, g) + GROUP_BOX.colGap;
  }
  return Math.max(0, Math.max(...cols) - GROUP_BOX.colGap);
}

export function placeGroups(
  s: StageStructure,
  m: GroupMetrics,
  groups: readonly GroupStructure[],
  tags: ReadonlyMap<string, string>,
  x: number,
  y: number,
): GroupLayout[] {
  const d = DESK[m.density];
  const bw = boxWidth(m);
  const cols = new Array<number>(m.boxCols).fill(0);
  return groups.map((g) => {
    const col = cols.indexOf(Math.min(...cols));
    const bx = x + col * (bw + GROUP_BOX.colGap);
    const by = y + cols[col]!;
    const h = groupHeight(s, m, g);
    cols[col] = cols[col]! + h + GROUP_BOX.colGap;
    const inner = bw - 2 * GROUP_BOX.pad;
    const lines = captionLines(s, g, inner);
    const statusY = by + GROUP_BOX.pad + GROUP_BOX.header;
    const captionY = statusY + GROUP_BOX.status;
    const desksY = captionY + lines * GROUP_BOX.captionLine + 6;
    const dc = deskCols(m, g);
    const desks: DeskLayout[] = g.members.map((member, i) => {
      const dx = bx + GROUP_BOX.pad + (i % dc) * (d.w + GROUP_BOX.deskGap);
      const dy = desksY + Math.floor(i / dc) * (d.h + GROUP_BOX.deskGap);
      // Roomy desks put the figure top-left, with two full-width lines of numbers under it.
      const figY = m.density === 'roomy' ? dy + 8 : dy + (d.h - d.figH) / 2;
      const figure = box(dx + 8, figY, d.figW, d.figH);
      return {
        member,
        memberId: g.memberIds[i] ?? member,
        box: box(dx, dy, d.w, d.h),
        figure,
        textX: dx + 8 + d.figW + (m.density === 'roomy' ? 12 : 8),
        anchor: { x: figure.x + figure.w * 0.5, y: figure.y + figure.h * 0.72 },
        head: { x: figure.x + figure.w * 0.5, y: figure.y + 2 },
      };
    });
    return {
      id: g.id,
      index: s.groups.indexOf(g),
      tag: tags.get(g.id) ?? '?',
      topics: g.topics,
      box: box(bx, by, bw, h),
      header: box(bx, by, bw, GROUP_BOX.pad + GROUP_BOX.header),
      status: box(bx + GROUP_BOX.pad, statusY, inner, GROUP_BOX.status),
      caption: box(bx + GROUP_BOX.pad, captionY, inner, lines * GROUP_BOX.captionLine),
      captionLines: lines,
      desks,
    };
  });
}
