import { box, bottom, type Box } from './geometry';
import { columnWidth, placeGroups, type GroupMetrics } from './layout-groups';
import { placeMachine, machineWidth, type MachineMetrics } from './layout-machine';
import type { Band } from './layout-bands';
import type {
  Density,
  DeskDensity,
  GroupLayout,
  MachineLayout,
  OffstageLayout,
  StageLayout,
  TeacherLayout,
} from './layout-types';
import type { StageStructure } from './stage-structure';

/*
 * Where things go once an arrangement is chosen (see stage-layout.ts): columns left to right (teacher,
 * machines, students), bands top to bottom (one per topic).
 */

/** A teacher: her board and figure, name and rate. */
export const TEACHER = { w: 196, h: 198 } as const;
/** The subjects' legend: two columns of three, under the teacher. */
export const LEGEND = { title: 28, row: 23, rows: 3, cols: 2 } as const;
export const MARGIN = 14;
export const GAP_TEACHER_MACHINE = 40;
export const GAP_MACHINE_STUDENTS = 46;
export const BAND_GAP = 30;
/** Between a machine and the study groups under it (notes fly down across it). */
export const GAP_BELOW = 24;
/** A machine left off the stage: a stub as wide as the teacher, four lines tall (offstage-stub.tsx). */
export const OFFSTAGE = { w: 196, h: 118, gap: 16 } as const;

/** Height the stubs of machines left off the stage take in the teacher's column, gap above included. */
export function offstageHeight(s: StageStructure): number {
  const n = s.offstage?.length ?? 0;
  return n * (OFFSTAGE.h + OFFSTAGE.gap);
}

export function leftColumnHeight(bands: readonly Band[], heights: readonly number[]): number {
  let y = 0;
  let end = 0;
  bands.forEach((b, i) => {
    if (b.producers.length > 0) end = y + b.producers.length * (TEACHER.h + 12) - 12;
    y += heights[i]! + BAND_GAP;
  });
  return end;
}

export interface PlaceArgs {
  s: StageStructure;
  bands: readonly Band[];
  bandHeights: readonly number[];
  /** Per band, the height of its teachers and machine (the groups go under it when `below`). */
  topHeights: readonly number[];
  below: boolean;
  /** With `below`: the groups may also stand under the teacher's column (it ends above them). */
  underLeft: boolean;
  tags: ReadonlyMap<string, string>;
  mm: MachineMetrics;
  gm: GroupMetrics;
  slots: number;
  width: number;
  fixedW: number;
  leftW: number;
  legendH: number;
}

/** Places everything, the first band's top at `top`. */
export function place(
  {
    s,
    bands,
    bandHeights,
    topHeights,
    below,
    underLeft,
    tags,
    mm,
    gm,
    slots,
    width,
    fixedW,
    leftW,
    legendH,
  }: PlaceArgs,
  top: number,
) {
  const machineW = machineWidth(mm, slots);
  // Spare width goes first to the gaps the notes fly across, then to the margins.
  const extra = Math.max(0, width - fixedW - machineW);
  const gapBoost = Math.min(extra * 0.3, 150);
  const margin = MARGIN + (extra - 2 * gapBoost) / 2;
  const teacherX = margin;
  const machineX = teacherX + leftW + gapBoost;
  const studentsX = machineX + machineW + GAP_MACHINE_STUDENTS + gapBoost;
  const teachers: TeacherLayout[] = [];
  const machines: MachineLayout[] = [];
  const groups: GroupLayout[] = [];
  let y = top;
  bands.forEach((band, i) => {
    band.producers.forEach((p, j) => {
      const b = box(teacherX, y + j * (TEACHER.h + 12), TEACHER.w, TEACHER.h);
      teachers.push({ id: p.id, topic: p.topic, box: b, hand: { x: b.x + b.w - 8, y: b.y + 78 } });
    });
    machines.push(placeMachine(mm, band.topic, machineX, y, slots));
    groups.push(
      ...(below
        ? placeGroups(
            s,
            gm,
            band.groups,
            tags,
            // Right of the teacher's column, or under it where it ends above the groups.
            underLeft
              ? Math.max(MARGIN, Math.min(machineX, width - MARGIN - columnWidth(gm)))
              : Math.min(machineX, width - MARGIN - columnWidth(gm)),
            y + topHeights[i]! + GAP_BELOW,
          )
        : placeGroups(s, gm, band.groups, tags, studentsX, y)),
    );
    y += bandHeights[i]! + BAND_GAP;
  });
  const lastTeacher = teachers[teachers.length - 1];
  const legend =
    legendH > 0
      ? {
          box: box(teacherX, lastTeacher ? bottom(lastTeacher.box) + 16 : top, TEACHER.w, legendH),
          rows: LEGEND.rows,
          cols: LEGEND.cols,
        }
      : null;
  // Groups are listed in snapshot order, whatever band they sit in.
  groups.sort((a, b) => a.index - b.index);
  // Machines left off the stage stand as stubs under the legend (or the last teacher).
  let stubY = legend ? bottom(legend.box) : lastTeacher ? bottom(lastTeacher.box) : top - OFFSTAGE.gap;
  const offstage: OffstageLayout[] = (s.offstage ?? []).map((topic) => {
    stubY += OFFSTAGE.gap;
    const b = box(teacherX, stubY, OFFSTAGE.w, OFFSTAGE.h);
    stubY += OFFSTAGE.h;
    return { topic, box: b };
  });
  const leftBoxes: Box[] = [
    ...teachers.map((t) => t.box),
    ...(legend ? [legend.box] : []),
    ...offstage.map((o) => o.box),
  ];
  return {
    machineX,
    leftBoxes,
    boxes: [...leftBoxes, ...machines.map((m) => m.box), ...groups.map((g) => g.box)],
    layout: (
      w: number,
      h: number,
      zoom: number,
      corner: Box,
      cfg: { shelves: Density; desks: DeskDensity },
    ): StageLayout => ({
      width: w,
      height: h,
      zoom,
      shelfDensity: cfg.shelves,
      deskDensity: cfg.desks,
      cellH: machines[0]?.shelves[0]?.tape.h ?? 0,
      teachers,
      legend,
      machines,
      groups,
      ...(offstage.length > 0 ? { offstage } : {}),
      corner,
    }),
  };
}
