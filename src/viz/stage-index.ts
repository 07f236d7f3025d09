import type { DeskLayout, ShelfLayout, StageLayout } from './layout-types';
import { shelfKey } from './shelf-marks';

/** Lookups into a layout, built once per layout: shelves by topic and partition, desks by group/member. */
export interface StageIndex {
  readonly shelves: ReadonlyMap<string, ShelfLayout>;
  readonly desks: ReadonlyMap<string, DeskLayout>;
}

export function deskKey(group: string, member: string): string {
  return `${group}/${member}`;
}

export function indexLayout(layout: StageLayout): StageIndex {
  const shelves = new Map<string, ShelfLayout>();
  for (const m of layout.machines) for (const s of m.shelves) shelves.set(shelfKey(s.topic, s.partition), s);
  const desks = new Map<string, DeskLayout>();
  for (const g of layout.groups) for (const d of g.desks) desks.set(deskKey(g.id, d.member), d);
  return { shelves, desks };
}
