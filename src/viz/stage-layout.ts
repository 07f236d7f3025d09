import { groupTags } from './group-tags';
import { box, bottom, type Box } from './geometry';
import {
  BAND_GAP,
  GAP_BELOW,
  GAP_MACHINE_STUDENTS,
  GAP_TEACHER_MACHINE,
  LEGEND,
  leftColumnHeight,
  MARGIN,
  offstageHeight,
  place,
  TEACHER,
} from './layout-place';
import { MAX_SLOTS, SMALLEST_NUMBER } from './stage-metrics';
import { columnWidth, groupsHeight, titleWidth, type GroupMetrics } from './layout-groups';
import { machineHeight, machineMetrics, machineWidth, slotsFor } from './layout-machine';
import { stageBands, type Band } from './layout-bands';
import type { Density, DeskDensity, StageLayout, Viewport } from './layout-types';
import type { StageStructure } from './stage-structure';

/** Largest zoom: past it a small class only gets emptier, not clearer. */
const MAX_ZOOM = 2.4;
/** The chart overlay in the bottom-left corner, in CSS px (its size plus its margin). */
export const CORNER_PX = { w: 282, h: 224 } as const;
/**
 * A stage shorter than this, in CSS px, keeps no corner for the chart: the chart would take most of its
 * height and squeeze the picture to unreadable. The pages hide their chart below the same height (a
 * container query in play-page.css, lesson-page.css and class-stage.css: keep them in step).
 */
export const CHART_MIN_STAGE_PX = 360;
/** Used before the stage has been measured, and in tests: a 1024x768 projector minus the bars. */
export const DEFAULT_VIEWPORT: Viewport = { widthPx: 1024, heightPx: 624 };

interface Config {
  shelves: Density;
  desks: DeskDensity;
  racks: number;
  boxCols: number;
  deskCols: number;
  /** Study groups under their machine instead of beside it: a small class on a wide, short screen. */
  below: boolean;
}

/** What the page asks of the layout besides the size. */
export interface LayoutOptions {
  /** Keep the bottom-left corner free for the chart (the presenter hides the chart: the picture is all). */
  readonly chart?: boolean;
  /**
   * Presenter mode: a machine only a translator writes and nobody reads (calling-backup's `notas`) may be
   * left off the stage when the whole picture cannot reach the size names and numbers need on a projector
   * (20 px); `keep` lists the topics the step talks about, which always stay.
   */
  readonly offstage?: { readonly keep: readonly string[] } | null;
}

/**
 * How the chart's corner is kept free. `step` grows the stage a step at a time toward room for it (the
 * usual case, a few steps); `solve` jumps straight to the width whose height leaves room, where stepping
 * would take too many steps (a short, wide stage); `none` keeps no corner: a stage too short for the
 * chart, which the page then hides.
 */
type CornerMode = 'step' | 'solve' | 'none';

/**
 * Lays out the whole stage for a structure and a viewport. Tries every arrangement (roomy or compact
 * shelves and desks, shelves in 1-3 racks, desks in 1-4 columns) and keeps the one that shows the picture
 * largest, preferring roomy ones. The viewBox always has the viewport's aspect ratio. Keeps the
 * bottom-left corner free for the chart, except on a stage shorter than CHART_MIN_STAGE_PX (a small
 * window, or a lesson's caption taking the height), where the whole stage is the picture's. Always returns
 * a layout, whatever the size.
 */
export function layoutStage(
  s: StageStructure,
  viewport: Viewport = DEFAULT_VIEWPORT,
  options: LayoutOptions = {},
): StageLayout {
  const vp = viewport.widthPx > 0 && viewport.heightPx > 0 ? viewport : DEFAULT_VIEWPORT;
  const chart = (options.chart ?? true) && vp.heightPx >= CHART_MIN_STAGE_PX;
  const lay = (st: StageStructure, min: number): StageLayout | null =>
    (chart ? (search(st, vp, 'step', min) ?? search(st, vp, 'solve', min)) : null) ??
    search(st, vp, 'none', min);
  const layout = lay(s, MIN_SLOTS.usual);
  // Without a corner the first arrangement tried always fits (see arrange), so this cannot happen.
  if (!layout) throw new Error(`no stage layout for ${vp.widthPx}x${vp.heightPx}`);
  const keep = options.offstage?.keep;
  if (!keep || isLegible(layout)) return layout;
  // Presenter mode, and names or numbers under 20 px: first a note fewer per shelf, then without the
  // machine nobody reads, then both; the first that is legible, or else the largest.
  const sinks = sinkTopics(s).filter((t) => !keep.includes(t));
  const focused = { ...s, topics: s.topics.filter((t) => !sinks.includes(t.name)), offstage: sinks };
  const tries = [lay(s, MIN_SLOTS.presenter)];
  if (sinks.length > 0) tries.push(lay(focused, MIN_SLOTS.usual), lay(focused, MIN_SLOTS.presenter));
  const found = tries.filter((l): l is StageLayout => l !== null);
  return found.find(isLegible) ?? found.reduce((best, l) => (l.zoom > best.zoom ? l : best), layout);
}

/** Whether names and numbers reach 20 px (and so every text 16 px) at this layout's zoom. */
export function isLegible(l: StageLayout): boolean {
  return l.zoom >= legibleZoom({ shelves: l.shelfDensity, desks: l.deskDensity }) - 1e-9;
}

/**
 * Topics that only a group writes (a translator's output) and no group reads: the end of the story's
 * chain, which the picture can leave out without cutting a path a note travels to someone who reads it.
 */
export function sinkTopics(s: StageStructure): string[] {
  return s.topics
    .filter(
      (t) =>
        !s.producers.some((p) => p.topic === t.name) &&
        !s.groups.some((g) => g.topics.includes(t.name)) &&
        s.groups.some((g) => g.outputTopic === t.name),
    )
    .map((t) => t.name);
}

function search(s: StageStructure, vp: Viewport, mode: CornerMode, minSlots: number): StageLayout | null {
  const bands = stageBands(s);
  const tags = groupTags(s.groups.map((g) => g.id));
  const maxPartitions = Math.max(1, ...s.topics.map((t) => t.partitions));
  const maxMembers = Math.max(1, ...s.groups.map((g) => g.members.length));
  const maxGroups = Math.max(1, ...bands.map((b) => b.groups.length));
  let best: { layout: StageLayout; score: number } | null = null;
  for (const shelves of ['roomy', 'compact'] as const) {
    for (const desks of ['roomy', 'compact', 'mini'] as const) {
      for (let racks = 1; racks <= Math.min(3, maxPartitions); racks++) {
        for (let boxCols = 1; boxCols <= Math.min(3, maxGroups); boxCols++) {
          for (let deskCols = 1; deskCols <= Math.min(4, maxMembers); deskCols++) {
            for (const below of s.groups.length > 0 ? [false, true] : [false]) {
              const cfg = { shelves, desks, racks, boxCols, deskCols, below };
              const layout = arrange(s, bands, tags, cfg, vp, mode, minSlots, best?.score ?? -Infinity);
              if (!layout) continue;
              const score = scoreOf(layout, cfg);
              if (!best || score > best.score) best = { layout, score };
            }
          }
        }
      }
    }
  }
  return best?.layout ?? null;
}

/**
 * Bigger is better, with a price on each compromise: a compact desk must buy about 5% more size, a mini
 * desk 15%, compact shelves 12%, each extra rack 4%; each note slot short of the most is worth 0.6%.
 */
function scoreOf(l: StageLayout, cfg: Config): number {
  const slots = l.machines[0]?.shelves[0]?.slots ?? 0;
  return scoreBound(l.zoom, cfg) - (MAX_SLOTS - slots) * 0.006;
}

function scoreBound(zoom: number, cfg: Config): number {
  const desk = cfg.desks === 'roomy' ? 1 : cfg.desks === 'compact' ? 0.95 : 0.85;
  const shelves = cfg.shelves === 'compact' ? 0.88 : 1;
  // The first term makes size count double until text reaches about 16 px on a 1024 projector: below
  // that, a bigger picture beats roomier furniture. The last one counts most: up to the zoom where names
  // and numbers reach 20 px (and so every text 16 px), legibility beats every other preference, so a
  // small class on a projector stacks its groups under the machine or shows fewer notes per shelf rather
  // than stay small.
  return (
    Math.min(zoom, 0.95) +
    Math.min(zoom, MAX_ZOOM) * desk * shelves * (1 - 0.04 * (cfg.racks - 1)) +
    3 * Math.min(1, zoom / legibleZoom(cfg)) +
    // Every text is at least 16 units: at zoom 1 every text reaches 16 px, whatever the densities.
    2 * Math.min(1, zoom)
  );
}

/**
 * The zoom at which names, page numbers and backlogs reach 20 px (every other text is at least 16 units,
 * so it then reaches 16 px).
 */
export function legibleZoom(cfg: { shelves: Density; desks: DeskDensity }): number {
  return 20 / Math.min(SMALLEST_NUMBER.shelves[cfg.shelves], SMALLEST_NUMBER.desks[cfg.desks]);
}

/**
 * Slots per shelf at least, the empty next slot included: five, or in presenter mode four (the pile,
 * three notes and the next free page still tell the story) where a fifth would cost legibility: the score
 * prefers more slots, so four appear only where the extra size is needed.
 */
const MIN_SLOTS = { usual: 5, presenter: 4 } as const;

function arrange(
  s: StageStructure,
  bands: readonly Band[],
  tags: ReadonlyMap<string, string>,
  cfg: Config,
  vp: Viewport,
  mode: CornerMode,
  minSlots: number,
  beat: number,
): StageLayout | null {
  const mm = machineMetrics(s, cfg.shelves, cfg.racks);
  const gm: GroupMetrics = {
    density: cfg.desks,
    boxCols: cfg.boxCols,
    deskCols: cfg.deskCols,
    minBoxW: titleWidth(s),
  };
  const aspect = vp.widthPx / vp.heightPx;
  const hasGroups = s.groups.length > 0;
  const studentsW = hasGroups && !cfg.below ? columnWidth(gm) + GAP_MACHINE_STUDENTS : 0;
  // The teacher's column, up to where the machines start; it widens to clear the chart's corner.
  let leftW = TEACHER.w + GAP_TEACHER_MACHINE;
  // Teacher and machine side by side at the top of a band; with `below`, the band's groups under them.
  const topHeights = bands.map((b) =>
    Math.max(b.producers.length * (TEACHER.h + 12) - 12, machineHeight(mm, b.topic)),
  );
  const bandHeights = bands.map((b, i) =>
    cfg.below
      ? topHeights[i]! + (b.groups.length > 0 ? GAP_BELOW + groupsHeight(s, gm, b.groups) : 0)
      : Math.max(topHeights[i]!, groupsHeight(s, gm, b.groups)),
  );
  const legendH = s.hasKeys ? LEGEND.title + LEGEND.rows * LEGEND.row : 0;
  // Stubs of machines left off the stage, under the legend in the teacher's column.
  const stubsH = offstageHeight(s);
  // Groups under their machine may also run under the teacher's column where it ends above them.
  const lastProducerBand = bands.reduce((last, b, i) => (b.producers.length > 0 ? i : last), -1);
  const underLeft =
    cfg.below &&
    bands.every((b, i) => {
      const left =
        b.producers.length * (TEACHER.h + 12) -
        12 +
        (i === lastProducerBand ? (legendH > 0 ? legendH + 16 : 0) + stubsH : 0);
      return b.groups.length === 0 || topHeights[i]! + GAP_BELOW >= left;
    });
  const contentH = bandHeights.reduce((a, h) => a + h, 0) + BAND_GAP * Math.max(0, bands.length - 1);
  const leftH = leftColumnHeight(bands, bandHeights) + (legendH > 0 ? legendH + 16 : 0) + stubsH;
  const innerH = Math.max(contentH, leftH);
  const fixed = (): number => 2 * MARGIN + leftW + studentsW;
  let width = Math.max(
    fixed() + machineWidth(mm, minSlots),
    cfg.below ? (underLeft ? 2 * MARGIN : fixed()) + columnWidth(gm) : 0,
    (innerH + 2 * MARGIN) * aspect,
    vp.widthPx / MAX_ZOOM,
  );
  for (let attempt = 0; attempt < 6; attempt++) {
    // Widths only grow from here, so a layout that cannot beat the best so far is dropped early.
    if (scoreBound(vp.widthPx / width, cfg) <= beat) return null;
    const height = width / aspect;
    const zoom = vp.widthPx / width;
    const slots = slotsFor(mm, Math.min(width - fixed(), machineWidth(mm, MAX_SLOTS)));
    if (slots < minSlots) return null;
    // Without a corner: an empty box at the bottom-left, which nothing stands in or beside.
    const corner =
      mode === 'none'
        ? box(0, height, 0, 0)
        : box(0, height - CORNER_PX.h / zoom, CORNER_PX.w / zoom, CORNER_PX.h / zoom);
    const args = {
      s,
      bands,
      bandHeights,
      topHeights,
      below: cfg.below,
      underLeft,
      tags,
      mm,
      gm,
      slots,
      width,
      fixedW: fixed(),
      leftW,
      legendH,
    };
    // Whatever stands in the corner's columns must end above it; centre vertically when there is room.
    const draft = place(args, 0);
    const lowest = (boxes: readonly Box[]): number =>
      boxes.filter((b) => b.x < corner.w).reduce((m, b) => Math.max(m, bottom(b)), 0);
    const blocking = lowest(draft.boxes);
    // Never below zero (the width was made for at least this height): a rounding error must not read
    // as a stage too short.
    const free = Math.max(0, height - innerH - 2 * MARGIN);
    const offset = Math.min(free / 2, corner.y - MARGIN - blocking);
    if (offset < 0) {
      // Either move the machines right of the corner or make room below them: whichever costs less.
      // The corner grows with the stage (it is a fixed size in pixels), so a step toward room falls short;
      // `solve` goes to the width whose height holds the boxes, the margins and the corner at once.
      const taller =
        mode === 'solve'
          ? ((blocking + 2 * MARGIN + 4) * vp.widthPx) / (vp.heightPx - CORNER_PX.h)
          : (blocking + 2 * MARGIN + corner.h + 4) * aspect;
      const push = corner.w + 4 - draft.machineX;
      const wider = width + push + 8;
      const leftOnly = lowest(draft.leftBoxes) + 2 * MARGIN + corner.h + 4;
      if (push > 0 && wider < taller && leftOnly <= wider / aspect) {
        leftW += push + 8;
        width = wider;
      } else {
        width = taller;
      }
      continue;
    }
    return place(args, MARGIN + Math.max(0, offset)).layout(width, height, zoom, corner, cfg);
  }
  return null;
}
