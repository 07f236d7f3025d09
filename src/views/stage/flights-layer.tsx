import { memo } from 'react';
import type { Snapshot } from '../../engine';
import { useSimulator } from '../../store/context';
import { selectRenderTime, selectSnapshot, selectSpeed } from '../../store/selectors';
import {
  fetchFlights,
  perShelfRates,
  writeFlights,
  type Card,
  type FetchLane,
  type WriteLane,
  type Writer,
} from '../../viz/flights';
import type { StageLayout } from '../../viz/layout-types';
import { shelfKey } from '../../viz/shelf-marks';
import { FETCH_MS, FETCH_STAGGER_MS, FLIGHT_MS, MAX_CARDS, MAX_WRITE_CARDS } from '../../viz/stage-metrics';
import { isStream, tapeView } from '../../viz/tape';
import { NoteCell } from './note-cell';
import { deskKey, type StageIndex } from './stage-index';

interface FlightsLayerProps {
  layout: StageLayout;
  index: StageIndex;
  reduced: boolean;
  /** Notes per simulated second per shelf, by topic: streams do not slide (see tape.isStream). */
  turnover: ReadonlyMap<string, number>;
}

/**
 * Everything in the air this frame: notes from writers to shelves and copies from shelves to desks. The
 * only part of the stage that must redraw on every frame; it draws a bounded number of cards.
 */
export function FlightsLayer({ layout, index, reduced, turnover }: FlightsLayerProps) {
  const snapshot = useSimulator(selectSnapshot);
  const renderTime = useSimulator(selectRenderTime);
  const speed = useSimulator(selectSpeed);
  const writers = writerPoints(snapshot, layout, index);
  const writeLanes: WriteLane[] = [];
  const ends = new Map<string, number>();
  for (const t of snapshot.topics) {
    for (const p of t.partitions) {
      const shelf = index.shelves.get(shelfKey(t.name, p.partition));
      if (!shelf) continue;
      const still = reduced || isStream(turnover.get(t.name) ?? 0, speed);
      const end = tapeView(shelf, p, renderTime, still).end;
      ends.set(shelfKey(t.name, p.partition), end);
      let first = p.recent.length;
      while (first > 0 && renderTime - p.recent[first - 1]!.timestamp < FLIGHT_MS) first--;
      if (first < p.recent.length) writeLanes.push({ shelf, end, records: p.recent.slice(first) });
    }
  }
  const fetchLanes: FetchLane[] = [];
  for (const g of snapshot.groups) {
    for (const m of g.members) {
      const age = renderTime - m.lastPollMs;
      if (age < 0 || age >= FETCH_MS + 2 * FETCH_STAGGER_MS + FLIGHT_MS || m.batch.length === 0) continue;
      const desk = index.desks.get(deskKey(g.id, m.id));
      if (!desk) continue;
      for (const b of m.batch) {
        const key = shelfKey(b.topic, b.partition);
        const shelf = index.shelves.get(key);
        const partition = snapshot.topics.find((t) => t.name === b.topic)?.partitions[b.partition];
        if (!shelf || !partition) continue;
        fetchLanes.push({
          id: `${g.id}/${m.id}/${key}`,
          shelf,
          end: ends.get(key) ?? partition.logEndOffset,
          fromOffset: b.fromOffset,
          toOffset: b.toOffset,
          keyOf: (o) => partition.recent.find((r) => r.offset === o)?.key ?? null,
          landsAt: (o) => {
            const r = partition.recent.find((x) => x.offset === o);
            return r ? r.timestamp + FLIGHT_MS : -Infinity;
          },
          desk: desk.anchor,
          polledAt: m.lastPollMs,
        });
      }
    }
  }
  const writes = writeFlights(writeLanes, writers, renderTime, reduced, MAX_WRITE_CARDS);
  // Written and fetched cards share one budget, so the stage never draws more than MAX_CARDS.
  const fetches = fetchFlights(fetchLanes, renderTime, reduced, MAX_CARDS - writes.cards.length);
  const w = layout.machines[0]?.shelves[0]?.cellW ?? 44;
  const h = layout.cellH;
  return (
    <g className="stage-flights">
      {/* One transform per card per frame: the card itself is memoised and never redrawn in flight. */}
      {[...writes.cards, ...fetches.cards].map((c) => (
        <g
          key={c.id}
          transform={`translate(${c.x.toFixed(1)}, ${c.y.toFixed(1)})`}
          opacity={c.opacity < 1 ? c.opacity.toFixed(2) : undefined}
        >
          <FlyingCard offset={c.offset} keyName={c.key} w={w} h={h} kind={c.kind} />
        </g>
      ))}
      {[...writes.badges, ...fetches.badges].map((b) => (
        <g key={b.id} className="stage-badge" transform={`translate(${b.x.toFixed(1)}, ${b.y.toFixed(1)})`}>
          <rect x={-24} y={-15} width={48} height={24} rx={12} />
          <text y={3} textAnchor="middle" className="tabular">{`+${b.count}`}</text>
        </g>
      ))}
    </g>
  );
}

/** A note card centred on (0, 0): the same note as on the shelf, in the air (a darker edge sets it apart). */
const FlyingCard = memo(function FlyingCard({
  offset,
  keyName,
  w,
  h,
  kind,
}: {
  offset: number;
  keyName: string | null;
  w: number;
  h: number;
  kind: Card['kind'];
}) {
  return (
    <g className={`stage-flying stage-flying--${kind}`}>
      <NoteCell x={-w / 2} y={-h / 2} w={w} h={h} offset={offset} keyName={keyName} kind="note" />
    </g>
  );
});

/** Where each writer's notes start: the teacher's hand, or the desk of the translator who wrote them. */
function writerPoints(snapshot: Snapshot, layout: StageLayout, index: StageIndex): Map<string, Writer> {
  const writers = new Map<string, Writer>();
  for (const [id, perShelfRate] of perShelfRates(snapshot)) {
    const from = layout.teachers.find((t) => t.id === id)?.hand ?? index.desks.get(id)?.anchor;
    if (from) writers.set(id, { from, perShelfRate });
  }
  return writers;
}
