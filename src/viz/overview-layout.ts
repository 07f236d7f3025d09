import { box, type Box } from './geometry';
import type { Viewport } from './layout-types';

/**
 * Where the overview's parts stand (units; see overview.ts for its numbers): a summary of the class at the
 * top left, above the chart's corner, then a table of topics and a table of study groups side by side, one
 * row each. Its size depends on the number of topics and groups only (at most 16 of each), never on the
 * partitions or the students, so a class at every limit is drawn with a bounded number of elements; and
 * the columns are sized so that at 1024x768 names and numbers are 20 px.
 */
export interface OverviewLayout {
  /** The viewBox: the viewport's aspect ratio. */
  readonly width: number;
  readonly height: number;
  readonly zoom: number;
  readonly summary: Box;
  /** The summary's lines run in this many columns (two when stacked above the tables on a phone). */
  readonly summaryColumns: 1 | 2;
  readonly topicsHeader: Box;
  readonly topicRows: readonly Box[];
  readonly groupsHeader: Box;
  readonly groupRows: readonly Box[];
  /**
   * The activity bar's key under the groups' table (what each colour means), as wide as the table and as
   * tall as every colour's entry needs in the voice at hand, so it does not change size as the students'
   * states come and go; an empty box where there is no room for it without print under 16 px.
   */
  readonly key: Box;
  readonly corner: Box;
  /**
   * The chart's corner was asked for but left out: beside it the print would be under 16 px (the
   * sandbox's stage beside its form at 1024x768: 14 px), over the whole stage it is not. The page then
   * hides its chart (class-stage.css, play-page.css).
   */
  readonly dropsChart: boolean;
}

/** Fonts and sizes, in units. */
export const OVERVIEW = {
  name: 20,
  small: 16,
  rowH: 30,
  headerH: 52,
  summaryLine: 28,
  summaryW: 236,
  margin: 12,
  gap: 20,
  /** The key's lines (small print), its swatch's side and the gaps between its entries. */
  keyLine: 26,
  swatch: 14,
  keyGap: 18,
} as const;

/** Column offsets within a topic row: name, shelves (right edge), notes kept (right edge), heat strip. */
export const TOPIC_COLUMNS = {
  name: 0,
  nameW: 92,
  shelves: 146,
  kept: 252,
  strip: 264,
  stripW: 100,
} as const;
export const TOPIC_W = TOPIC_COLUMNS.strip + TOPIC_COLUMNS.stripW;
/** Column offsets within a group row: name, students (right edge), activity bar, backlog (right edge). */
export const GROUP_COLUMNS = { name: 0, nameW: 92, members: 146, bar: 156, barW: 72, lag: 332 } as const;
export const GROUP_W = GROUP_COLUMNS.lag;

const MAX_ZOOM = 1.6;
const SUMMARY_LINES = 5;

/**
 * `keyEntries`: the widths (units) of the key's entries, every colour the bar can show. The key is drawn
 * where it keeps all print at 16 px or more, or costs the rest nothing (a width-bound phone has neither:
 * its small print is 16.1 px without it). The chart's `corner` is kept unless the print beside it would
 * be under 16 px and over the whole stage it is larger (`dropsChart`).
 */
export function layoutOverview(
  topics: number,
  groups: number,
  viewport: Viewport,
  corner: { w: number; h: number } | null,
  topPx = 0,
  keyEntries: readonly number[] = [],
): OverviewLayout {
  // A strip kept free along the top (for the picture's toggle, in CSS px): lay out below it, then move
  // everything down; the viewBox keeps the viewport's aspect ratio and the corner stays at the bottom.
  if (topPx > 0) {
    const below = { widthPx: viewport.widthPx, heightPx: Math.max(1, viewport.heightPx - topPx) };
    return shiftDown(layoutOverview(topics, groups, below, corner, 0, keyEntries), topPx);
  }
  const kept = withKeyIfRoom(topics, groups, viewport, corner, keyEntries);
  if (corner === null || OVERVIEW.small * kept.zoom >= SMALL_PX) return kept;
  const whole = withKeyIfRoom(topics, groups, viewport, null, keyEntries);
  return whole.zoom > kept.zoom ? { ...whole, dropsChart: true } : kept;
}

/** The projection standard for small print, in CSS px (names and numbers are 20 units: 20 px at zoom 1). */
const SMALL_PX = 16;

function withKeyIfRoom(
  topics: number,
  groups: number,
  viewport: Viewport,
  corner: { w: number; h: number } | null,
  keyEntries: readonly number[],
): OverviewLayout {
  const without = bestOf(topics, groups, viewport, corner, 0);
  if (keyEntries.length === 0) return without;
  const lines = (w: number): number => flowKey(keyEntries, w).lines;
  const withKey = bestOf(topics, groups, viewport, corner, lines);
  return withKey.zoom >= Math.min(SMALL_PX / OVERVIEW.small, without.zoom) ? withKey : without;
}

function bestOf(
  topics: number,
  groups: number,
  viewport: Viewport,
  corner: { w: number; h: number } | null,
  keyLines: number | ((w: number) => number),
): OverviewLayout {
  const linesIn = typeof keyLines === 'number' ? () => keyLines : keyLines;
  const wide = sideBySide(topics, groups, viewport, corner, linesIn(GROUP_W));
  // The summary, the topics and the groups one under the other (right of the chart's corner, if kept),
  // where that draws them larger than side by side: a few topics and groups on a phone, on a small
  // stage beside the sandbox's form, on a projector.
  const tall = stacked(topics, groups, viewport, corner, linesIn(Math.max(TOPIC_W, GROUP_W)));
  return tall.zoom > wide.zoom ? tall : wide;
}

/**
 * The key's entries (widths in units) flowed left to right in lines of `width`: where each starts, and
 * how many lines they take. An entry wider than a line has one to itself.
 */
export function flowKey(
  entries: readonly number[],
  width: number,
): { at: { x: number; line: number }[]; lines: number } {
  const at: { x: number; line: number }[] = [];
  let x = 0;
  let line = 0;
  for (const w of entries) {
    if (x > 0 && x + w > width) {
      x = 0;
      line += 1;
    }
    at.push({ x, line });
    x += w + OVERVIEW.keyGap;
  }
  return { at, lines: entries.length === 0 ? 0 : line + 1 };
}

function sideBySide(
  topics: number,
  groups: number,
  viewport: Viewport,
  corner: { w: number; h: number } | null,
  keyLines: number,
): OverviewLayout {
  const O = OVERVIEW;
  const tables = TOPIC_W + O.gap + GROUP_W + 2 * O.margin;
  const keyH = keyHeight(keyLines);
  const tablesH = 2 * O.margin + O.headerH + Math.max(topics * O.rowH, groups * O.rowH + keyH, O.rowH);
  const summaryH = O.margin + SUMMARY_LINES * O.summaryLine;
  // The summary's column is as wide as the chart's corner (fixed in CSS px) or its own text, whichever is
  // wider; the corner's width in units shrinks as the zoom grows, so solve for the zoom.
  const cornerW = corner?.w ?? 0;
  let zoom = Math.min(
    viewport.widthPx / (O.summaryW + tables),
    Math.max(0, viewport.widthPx - cornerW) / tables,
  );
  if (cornerW / zoom < O.summaryW) zoom = viewport.widthPx / (O.summaryW + tables);
  // Tall enough for the tables, and for the summary above the corner.
  zoom = Math.min(zoom, viewport.heightPx / tablesH, MAX_ZOOM);
  if (corner) zoom = Math.min(zoom, Math.max(1, viewport.heightPx - corner.h) / summaryH);
  zoom = Math.max(zoom, 0.05);
  const width = viewport.widthPx / zoom;
  const height = viewport.heightPx / zoom;
  const left = Math.max(O.summaryW, cornerW / zoom);
  // What is left over goes around the tables, so a small overview sits in the middle of its part.
  const spare = Math.max(0, width - left - tables);
  const x0 = left + O.margin + spare / 2;
  const y0 = O.margin + Math.max(0, height - tablesH) / 2;
  return {
    width,
    height,
    zoom,
    summary: box(O.margin, O.margin, left - 2 * O.margin, SUMMARY_LINES * O.summaryLine),
    summaryColumns: 1,
    ...tablesAt({ x: x0, y: y0 }, { x: x0 + TOPIC_W + O.gap, y: y0 }, topics, groups, GROUP_W, keyH),
    corner: cornerBox(corner, height, zoom),
    dropsChart: false,
  };
}

/** The parts in one column: the summary (its lines two abreast), the topics' table, the groups' table. */
function stacked(
  topics: number,
  groups: number,
  viewport: Viewport,
  corner: { w: number; h: number } | null,
  keyLines: number,
): OverviewLayout {
  const O = OVERVIEW;
  const tableW = Math.max(TOPIC_W, GROUP_W);
  const summaryRows = Math.ceil(SUMMARY_LINES / 2);
  const topicsH = O.headerH + Math.max(topics, 1) * O.rowH;
  const keyH = keyHeight(keyLines);
  const groupsH = O.headerH + Math.max(groups, 1) * O.rowH + keyH;
  const contentW = tableW + 2 * O.margin;
  const contentH = 2 * O.margin + summaryRows * O.summaryLine + O.gap + topicsH + O.gap + groupsH;
  const cornerPx = corner?.w ?? 0;
  const zoom = Math.max(
    0.05,
    Math.min(Math.max(1, viewport.widthPx - cornerPx) / contentW, viewport.heightPx / contentH, MAX_ZOOM),
  );
  const width = viewport.widthPx / zoom;
  const height = viewport.heightPx / zoom;
  const left = cornerPx / zoom;
  const x0 = left + O.margin + Math.max(0, width - left - contentW) / 2;
  const y0 = O.margin + Math.max(0, height - contentH) / 2;
  const topicsY = y0 + summaryRows * O.summaryLine + O.gap;
  const groupsY = topicsY + topicsH + O.gap;
  return {
    width,
    height,
    zoom,
    summary: box(x0, y0, tableW, summaryRows * O.summaryLine),
    summaryColumns: 2,
    ...tablesAt({ x: x0, y: topicsY }, { x: x0, y: groupsY }, topics, groups, tableW, keyH),
    corner: cornerBox(corner, height, zoom),
    dropsChart: false,
  };
}

/** The key's height for `lines` lines: a little air above it, none when there is no key. */
function keyHeight(lines: number): number {
  return lines === 0 ? 0 : 6 + lines * OVERVIEW.keyLine;
}

/**
 * The topics' and the groups' tables from their top left corners: a header, then a row each; the key
 * (`keyW` wide, `keyH` tall) under the groups' rows.
 */
function tablesAt(
  topicsAt: { x: number; y: number },
  groupsAt: { x: number; y: number },
  topics: number,
  groups: number,
  keyW: number,
  keyH: number,
): Pick<OverviewLayout, 'topicsHeader' | 'topicRows' | 'groupsHeader' | 'groupRows' | 'key'> {
  const O = OVERVIEW;
  const rowsOf = (at: { x: number; y: number }, w: number, n: number): Box[] =>
    Array.from({ length: n }, (_, i) => box(at.x, at.y + O.headerH + i * O.rowH, w, O.rowH));
  const keyY = groupsAt.y + O.headerH + groups * O.rowH;
  return {
    topicsHeader: box(topicsAt.x, topicsAt.y, TOPIC_W, O.headerH),
    topicRows: rowsOf(topicsAt, TOPIC_W, topics),
    groupsHeader: box(groupsAt.x, groupsAt.y, GROUP_W, O.headerH),
    groupRows: rowsOf(groupsAt, GROUP_W, groups),
    key: keyH === 0 ? box(groupsAt.x, keyY, 0, 0) : box(groupsAt.x, keyY + 6, keyW, keyH - 6),
  };
}

/** The chart's corner at the bottom left, in units (an empty box at the bottom where there is none). */
function cornerBox(corner: { w: number; h: number } | null, height: number, zoom: number): Box {
  return corner ? box(0, height - corner.h / zoom, corner.w / zoom, corner.h / zoom) : box(0, height, 0, 0);
}

function shiftDown(l: OverviewLayout, topPx: number): OverviewLayout {
  const dy = topPx / l.zoom;
  const down = (b: Box): Box => box(b.x, b.y + dy, b.w, b.h);
  return {
    ...l,
    height: l.height + dy,
    summary: down(l.summary),
    topicsHeader: down(l.topicsHeader),
    topicRows: l.topicRows.map(down),
    groupsHeader: down(l.groupsHeader),
    groupRows: l.groupRows.map(down),
    key: down(l.key),
    corner: down(l.corner),
  };
}
