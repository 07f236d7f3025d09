import type { Box, Point } from './geometry';

/** Roomy shows every label; compact drops the second line of text to fit big classes on one screen. */
export type Density = 'roomy' | 'compact';
/** Desks have a third size for big classes: a name and a backlog only. */
export type DeskDensity = Density | 'mini';

export interface Viewport {
  /** Size of the element the stage fills, in CSS pixels. */
  readonly widthPx: number;
  readonly heightPx: number;
}

export interface TeacherLayout {
  readonly id: string;
  readonly topic: string;
  readonly box: Box;
  /** Where notes leave her hand. */
  readonly hand: Point;
}

/** A machine left off the stage, as a stub: its name, what it is and how many notes it holds. */
export interface OffstageLayout {
  readonly topic: string;
  readonly box: Box;
}

export interface LegendLayout {
  readonly box: Box;
  /** Entries fill columns top to bottom. */
  readonly rows: number;
  readonly cols: number;
}

export interface ShelfLayout {
  readonly topic: string;
  readonly partition: number;
  /** The whole row, label included: the shelf's click target. */
  readonly row: Box;
  readonly label: Box;
  /** The pile of older notes that are kept but not drawn. */
  readonly fold: Box;
  /** The band of note cells; exactly `slots` cells wide. */
  readonly tape: Box;
  readonly slots: number;
  readonly cellW: number;
  /** Band above the cells where bookmarks stand. */
  readonly laneY: number;
  readonly laneH: number;
  /** Backlog stripes below the cells, one per group reading this topic, in `lanes` order. */
  readonly stripeY: number;
  readonly stripeH: number;
  readonly stripeStep: number;
  /** Baseline of the line of small print under the shelf, or null when compact. */
  readonly underY: number | null;
  /** Ids of the groups reading this topic, in stripe order. */
  readonly lanes: readonly string[];
  /**
   * With more than one broker: a row per copy of the shelf, in the order of the partition's replicas
   * (fixed: the rows never move, the leader's mark moves between them). Absent with one broker.
   */
  readonly copies?: readonly CopyRowLayout[];
}

/** One copy of a shelf on one broker, in the rows under the shelf. */
export interface CopyRowLayout {
  /** Index in the partition's `replicas`. */
  readonly index: number;
  readonly row: Box;
  /** Where the room's (broker's) name stands: the label's and the pile's columns. */
  readonly name: Box;
  /** The thin tape of the pages it holds: the shelf's own columns, so a page stands under its cell. */
  readonly tape: Box;
}

export interface MachineLayout {
  readonly topic: string;
  readonly box: Box;
  readonly header: Box;
  readonly shelves: readonly ShelfLayout[];
}

export interface DeskLayout {
  /** The consumer's name. */
  readonly member: string;
  /** Which incarnation sits here (two desks may show one name while a crashed one awaits eviction). */
  readonly memberId: string;
  readonly box: Box;
  readonly figure: Box;
  readonly textX: number;
  /** Where fetched notes land and translated notes leave. */
  readonly anchor: Point;
  /** Top of the student's head, where sleep's "z" rises. */
  readonly head: Point;
}

export interface GroupLayout {
  readonly id: string;
  /** Index in the snapshot's groups: the colour. */
  readonly index: number;
  readonly tag: string;
  /** The topics the group reads (a question about its notes is about these machines' shelves). */
  readonly topics: readonly string[];
  readonly box: Box;
  readonly header: Box;
  /** One line under the header: the group's state. */
  readonly status: Box;
  readonly caption: Box;
  readonly captionLines: number;
  readonly desks: readonly DeskLayout[];
}

export interface StageLayout {
  /** The viewBox: always the aspect ratio of the viewport, so the picture fills it. */
  readonly width: number;
  readonly height: number;
  /** CSS pixels per unit. */
  readonly zoom: number;
  readonly shelfDensity: Density;
  readonly deskDensity: DeskDensity;
  readonly cellH: number;
  readonly teachers: readonly TeacherLayout[];
  readonly legend: LegendLayout | null;
  readonly machines: readonly MachineLayout[];
  readonly groups: readonly GroupLayout[];
  /** Machines left off the stage (presenter mode), drawn as stubs under the teacher's column. */
  readonly offstage?: readonly OffstageLayout[];
  /** The bottom-left corner kept free for the chart overlay, in units. */
  readonly corner: Box;
}
