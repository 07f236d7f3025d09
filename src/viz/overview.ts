import type { GroupView, MemberActivity, Snapshot } from '../engine';

/**
 * The numbers of a class too large to draw note by note (shared/class-size.ts): one row per topic and one
 * per study group, whose count does not grow with the partitions or the students. Everything is summed
 * from the snapshot, so the overview agrees with the inspector's tables to the note.
 */
export interface OverviewModel {
  readonly topics: readonly TopicSummary[];
  readonly groups: readonly GroupSummary[];
  readonly producers: number;
  /** Notes per simulated second all the teachers write together. */
  readonly producerRate: number;
  readonly shelves: number;
  readonly members: number;
  readonly totalLag: number;
}

export interface TopicSummary {
  readonly name: string;
  readonly partitions: number;
  /** Notes still on the shelves: the sum of log end - log start. */
  readonly kept: number;
  /** The lowest log start and the highest log end over the shelves (the range of page numbers). */
  readonly minStart: number;
  readonly maxEnd: number;
  /** Notes kept per run of neighbouring shelves (at most STRIP_BINS runs), and the shelves each run holds. */
  readonly strip: readonly StripBin[];
  readonly writers: number;
}

export interface StripBin {
  readonly from: number;
  /** Exclusive. */
  readonly to: number;
  readonly kept: number;
}

export interface GroupSummary {
  readonly id: string;
  /** Index in the snapshot's groups: its colour. */
  readonly index: number;
  readonly members: number;
  /** Members per kind of activity, in ACTIVITY_ORDER. */
  readonly activity: readonly ActivityCount[];
  readonly lag: number;
  readonly state: GroupView['state'];
}

export interface ActivityCount {
  readonly activity: Kind;
  readonly count: number;
}

/** What the overview tells apart: reading, idle (caught up or owning nothing), waiting on a rebalance, out. */
export type Kind = 'reading' | 'idle' | 'rebalancing' | 'asleep' | 'crashed';

export const ACTIVITY_ORDER: readonly Kind[] = ['reading', 'idle', 'rebalancing', 'asleep', 'crashed'];

/**
 * The activity bar's colours (stage.css `.stage-overview-doing--*`) and the kinds each one draws: asleep
 * and collapsed share one (students who are not reading and will not until someone acts).
 */
export const BAR_COLOURS: readonly (readonly Kind[])[] = [
  ['reading'],
  ['idle'],
  ['rebalancing'],
  ['asleep', 'crashed'],
];

/** The colours some group's bar shows now, each with the kinds it stands for there: the key's entries. */
export function shownColours(groups: readonly GroupSummary[]): Kind[][] {
  const present = new Set<Kind>();
  for (const g of groups) for (const a of g.activity) if (a.count > 0) present.add(a.activity);
  return BAR_COLOURS.map((kinds) => kinds.filter((k) => present.has(k))).filter((kinds) => kinds.length > 0);
}

/** A heat strip has at most this many cells, whatever the partitions: its size is bounded. */
export const STRIP_BINS = 16;

const KIND: Record<MemberActivity, Kind> = {
  processing: 'reading',
  finishing: 'reading',
  waiting: 'idle',
  idle: 'idle',
  rebalancing: 'rebalancing',
  out: 'rebalancing',
  asleep: 'asleep',
  crashed: 'crashed',
};

/** Neighbouring partitions in at most STRIP_BINS runs of nearly equal size. */
export function stripBins(partitions: number): { from: number; to: number }[] {
  const bins = Math.min(partitions, STRIP_BINS);
  return Array.from({ length: bins }, (_, i) => ({
    from: Math.floor((i * partitions) / bins),
    to: Math.floor(((i + 1) * partitions) / bins),
  }));
}

export function overviewModel(snapshot: Snapshot): OverviewModel {
  let producerRate = 0;
  for (const p of snapshot.producers) producerRate += p.recordsPerSec;
  const topics = snapshot.topics.map((t): TopicSummary => {
    let kept = 0;
    let minStart = Infinity;
    let maxEnd = 0;
    for (const p of t.partitions) {
      kept += p.logEndOffset - p.logStartOffset;
      minStart = Math.min(minStart, p.logStartOffset);
      maxEnd = Math.max(maxEnd, p.logEndOffset);
    }
    const strip = stripBins(t.partitions.length).map(({ from, to }) => {
      let n = 0;
      for (let i = from; i < to; i++) n += t.partitions[i]!.logEndOffset - t.partitions[i]!.logStartOffset;
      return { from, to, kept: n };
    });
    return {
      name: t.name,
      partitions: t.partitions.length,
      kept,
      minStart: minStart === Infinity ? 0 : minStart,
      maxEnd,
      strip,
      writers: snapshot.producers.filter((p) => p.topic === t.name).length,
    };
  });
  let members = 0;
  let totalLag = 0;
  const groups = snapshot.groups.map((g, index): GroupSummary => {
    const counts = new Map<Kind, number>();
    for (const m of g.members) counts.set(KIND[m.activity], (counts.get(KIND[m.activity]) ?? 0) + 1);
    members += g.members.length;
    totalLag += g.totalLag;
    return {
      id: g.id,
      index,
      members: g.members.length,
      activity: ACTIVITY_ORDER.map((activity) => ({ activity, count: counts.get(activity) ?? 0 })),
      lag: g.totalLag,
      state: g.state,
    };
  });
  let shelves = 0;
  for (const t of snapshot.topics) shelves += t.partitions.length;
  return {
    topics,
    groups,
    producers: snapshot.producers.length,
    producerRate,
    shelves,
    members,
    totalLag,
  };
}

/** The activity bar of a group `width` units wide from `x`: one segment per kind, as wide as its share. */
export function activityBars(
  group: GroupSummary,
  x: number,
  width: number,
): { kind: Kind; x: number; w: number }[] {
  const out: { kind: Kind; x: number; w: number }[] = [];
  let at = x;
  for (const a of group.activity) {
    const w = group.members === 0 ? 0 : (a.count / group.members) * width;
    out.push({ kind: a.activity, x: at, w });
    at += w;
  }
  return out;
}
