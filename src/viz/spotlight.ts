import type { Box } from './geometry';
import { inflate } from './geometry';
import type { StageLayout } from './layout-types';

/** A subject of a lesson step, as the stage knows it (the same shape as the lessons' `Subject`). */
export type SpotlightSubject =
  | { kind: 'producer'; id: string }
  | { kind: 'topic'; topic: string }
  | { kind: 'partition'; topic: string; partition: number }
  | { kind: 'group'; group: string }
  | { kind: 'member'; group: string; member: string };

/** Units of room left around a highlighted thing. */
export const SPOTLIGHT_PAD = 8;

/** Where each subject a lesson step talks about is drawn; subjects not on the stage are skipped. */
export function spotlightBoxes(layout: StageLayout, subjects: readonly SpotlightSubject[]): Box[] {
  const boxes: Box[] = [];
  for (const s of subjects) {
    const box = boxOf(layout, s);
    if (box) boxes.push(inflate(box, SPOTLIGHT_PAD));
  }
  return boxes;
}

function boxOf(layout: StageLayout, s: SpotlightSubject): Box | undefined {
  switch (s.kind) {
    case 'producer':
      return layout.teachers.find((t) => t.id === s.id)?.box;
    case 'topic':
      return layout.machines.find((m) => m.topic === s.topic)?.box;
    case 'partition':
      return layout.machines
        .find((m) => m.topic === s.topic)
        ?.shelves.find((shelf) => shelf.partition === s.partition)?.row;
    case 'group':
      return layout.groups.find((g) => g.id === s.group)?.box;
    case 'member':
      return layout.groups.find((g) => g.id === s.group)?.desks.findLast((d) => d.member === s.member)?.box;
    default: {
      const never: never = s;
      return never;
    }
  }
}

/**
 * One path covering the whole stage with a hole per highlighted box (even-odd fill): filled with a
 * translucent veil, it dims everything the step does not talk about, without touching the picture below.
 */
export function veilPath(width: number, height: number, holes: readonly Box[], radius = 10): string {
  const outer = `M0,0H${width}V${height}H0Z`;
  return outer + holes.map((b) => roundedRect(b, radius)).join('');
}

function roundedRect(b: Box, r: number): string {
  const k = Math.min(r, b.w / 2, b.h / 2);
  const f = (n: number): string => String(Math.round(n * 10) / 10);
  return (
    `M${f(b.x + k)},${f(b.y)}H${f(b.x + b.w - k)}A${f(k)},${f(k)} 0 0 1 ${f(b.x + b.w)},${f(b.y + k)}` +
    `V${f(b.y + b.h - k)}A${f(k)},${f(k)} 0 0 1 ${f(b.x + b.w - k)},${f(b.y + b.h)}` +
    `H${f(b.x + k)}A${f(k)},${f(k)} 0 0 1 ${f(b.x)},${f(b.y + b.h - k)}` +
    `V${f(b.y + k)}A${f(k)},${f(k)} 0 0 1 ${f(b.x + k)},${f(b.y)}Z`
  );
}
