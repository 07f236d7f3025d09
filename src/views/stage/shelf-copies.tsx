import { easeCubicInOut } from 'd3-ease';
import { useId } from 'react';
import type { BrokerStatusView, EngineEvent, PartitionView } from '../../engine';
import { formatCount } from '../../shared/format-number';
import type { Voice } from '../../shared/lang';
import type { CopyRowLayout, ShelfLayout } from '../../viz/layout-types';
import {
  copyEnd,
  copyFill,
  copyViews,
  leaderChanges,
  leaderMark,
  placeWord,
  type CopyView,
} from '../../viz/replicas';
import { copyMoment, type CopyMoment } from '../../viz/replica-motion';
import { FLIGHT_MS, FONT } from '../../viz/stage-metrics';
import { landed, slotLeft } from '../../viz/tape';
import { textWidth } from '../../viz/text-width';
import { useKeyPalette } from './key-palette';
import { copyStateLabel, roomName } from './replica-messages';

interface ShelfCopiesProps {
  shelf: ShelfLayout;
  rows: readonly CopyRowLayout[];
  partition: PartitionView;
  brokers: readonly BrokerStatusView[];
  /** The shelf's tape as drawn now (its end slides), so each copy's page stands under its cell. */
  end: number;
  firstVisible: number;
  renderTime: number;
  reduced: boolean;
  milestones: readonly EngineEvent[];
  voice: Voice;
}

const PILL_FONT = FONT.small;

/**
 * A replicated shelf's copies, a row each under the shelf: the room (broker) that keeps it, a thin tape of
 * the pages it holds in the shelf's own columns (a follower's pages fill in as it copies them from the
 * leader), its log end, and what it is: the original the teacher writes on (the leader's mark, which
 * moves to the copy that takes over), behind (out of the ISR), or broken (its broker down: greyed and
 * crossed out). Copies in the ISR need no word while their full tape says it.
 */
export function ShelfCopies({
  shelf,
  rows,
  partition,
  brokers,
  end,
  firstVisible,
  renderTime,
  reduced,
  milestones,
  voice,
}: ShelfCopiesProps) {
  const palette = useKeyPalette();
  const clipId = `copies-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const copies = copyViews(partition, brokers);
  const keyOf = new Map<number, { key: string | null; timestamp: number }>();
  for (const r of partition.recent) keyOf.set(r.offset, { key: r.key, timestamp: r.timestamp });
  // When each page's note landed on the original's shelf: a fetch of pages already there is a catch-up.
  const landedAt = (o: number): number | undefined => {
    const t = keyOf.get(o)?.timestamp;
    return t === undefined ? undefined : t + FLIGHT_MS;
  };
  const leaderRow = partition.leader === null ? -1 : partition.replicas.indexOf(partition.leader);
  const changes = leaderChanges(milestones, shelf.topic, shelf.partition, renderTime);
  const mark = leaderMark(rows, partition.replicas, partition.leader, changes, renderTime, reduced);
  const leaderWord = copyStateLabel(voice, 'leader');
  const leaderW = textWidth(leaderWord, PILL_FONT, true) + 12;
  const tapeRight = shelf.tape.x + shelf.tape.w;
  const first = rows[0]!.row;
  const last = rows[rows.length - 1]!.row;
  return (
    <g className="stage-copies" aria-hidden="true">
      <clipPath id={clipId}>
        <rect x={shelf.tape.x} y={first.y} width={shelf.tape.w} height={last.y + last.h - first.y} />
      </clipPath>
      {mark ? (
        // The leader's mark: behind the row of the copy the teacher writes on, moving when another takes over.
        <g
          className="stage-copy-leader"
          opacity={mark.opacity}
          transform={`translate(0, ${mark.y.toFixed(1)})`}
        >
          <rect
            x={shelf.label.x - 4}
            y={0}
            width={tapeRight - shelf.label.x + 8}
            height={rows[0]!.row.h}
            rx={6}
          />
        </g>
      ) : null}
      {rows.map((r) => {
        const c = copies[r.index];
        if (!c) return null;
        const moment = copyMoment(c, partition.replicaProgress?.[r.index], renderTime, landedAt);
        return (
          <CopyRow
            key={r.index}
            shelf={shelf}
            clipId={clipId}
            leaderMarkW={c.broker === partition.leader ? leaderW : 0}
            row={r}
            copy={c}
            moment={moment}
            fromY={rows[leaderRow]?.tape.y ?? null}
            end={end}
            firstVisible={Math.max(firstVisible, partition.logStartOffset)}
            keyOf={keyOf}
            colorOf={(k) => palette.style(k).color}
            renderTime={renderTime}
            reduced={reduced}
            voice={voice}
          />
        );
      })}
      {mark ? (
        <g opacity={mark.opacity} transform={`translate(0, ${mark.y.toFixed(1)})`}>
          <Pill
            x={shelf.tape.x + 2}
            y={rows[0]!.row.h / 2}
            text={leaderWord}
            cls="stage-copy-pill stage-copy-pill--leader"
          />
        </g>
      ) : null}
    </g>
  );
}

interface CopyRowProps {
  shelf: ShelfLayout;
  /** The clip of the copies' tapes: an end sliding in with the tape shows as the shelf's next slot does. */
  clipId: string;
  /** Width of the leader's mark at the left of this row's tape (0 when it is not the leader's row). */
  leaderMarkW: number;
  row: CopyRowLayout;
  copy: CopyView;
  /** What it shows now: its word and log end, and pages falling out of it or travelling to it. */
  moment: CopyMoment;
  /** The tape's y on the original's row, where a catch-up's pages leave from (null: no original). */
  fromY: number | null;
  end: number;
  firstVisible: number;
  keyOf: ReadonlyMap<number, { key: string | null; timestamp: number }>;
  colorOf: (key: string | null) => string;
  renderTime: number;
  reduced: boolean;
  voice: Voice;
}

function CopyRow({
  shelf,
  clipId,
  leaderMarkW,
  row,
  copy,
  moment,
  fromY,
  end,
  firstVisible,
  keyOf,
  colorOf,
  renderTime,
  reduced,
  voice,
}: CopyRowProps) {
  const { tape } = row;
  const cw = shelf.cellW - 5;
  const cells: { x: number; w: number; color: string }[] = [];
  // Followers fill their pages after the leader's note lands; the leader's copy is the shelf above.
  const logEnd = moment.logEnd;
  const last = Math.min(logEnd, Math.ceil(end) + 1);
  for (let o = Math.max(0, Math.floor(firstVisible)); o < last; o++) {
    const rec = keyOf.get(o);
    // The leader's copy is the shelf above: a page shows once its note has landed there.
    const fill =
      copy.state === 'leader'
        ? o < copy.logEnd && (rec === undefined || reduced || landed(rec.timestamp, renderTime) >= 1)
          ? 1
          : 0
        : copyFill(o, logEnd, rec?.timestamp, renderTime, reduced);
    if (fill <= 0) continue;
    const left = slotLeft(shelf, end, o) + 2;
    const x0 = Math.max(left, tape.x);
    const x1 = Math.min(left + cw * fill, tape.x + tape.w);
    if (x1 - x0 > 0.5)
      cells.push({ x: x0, w: x1 - x0, color: rec && rec.key !== null ? colorOf(rec.key) : '' });
  }
  // Pages a truncation throws away fall out of the row; a catch-up's travel down (or up) from the
  // original's row, in one batch, and count on this row when they land.
  const first = Math.max(0, Math.floor(firstVisible));
  const lastShown = Math.ceil(end) + 1;
  const moving: { x: number; y: number; w: number; color: string; opacity: number; cls: string }[] = [];
  const place = (o: number, y: number, opacity: number, cls: string): void => {
    const left = slotLeft(shelf, end, o) + 2;
    const x0 = Math.max(left, tape.x);
    const x1 = Math.min(left + cw, tape.x + tape.w);
    const rec = keyOf.get(o);
    if (x1 - x0 > 0.5)
      moving.push({
        x: x0,
        y,
        w: x1 - x0,
        color: rec && rec.key !== null ? colorOf(rec.key) : '',
        opacity,
        cls,
      });
  };
  if (moment.cut) {
    const t = moment.cut.t;
    for (let o = Math.max(first, moment.cut.fromOffset); o < Math.min(moment.cut.toOffset, lastShown); o++)
      place(o, tape.y + (reduced ? 0 : 10 * t), 1 - t, 'stage-copy-cell stage-copy-cell--cut');
  }
  if (moment.trip) {
    const t = easeCubicInOut(moment.trip.t);
    const y = reduced || fromY === null ? tape.y : fromY + (tape.y - fromY) * t;
    const opacity = reduced || fromY === null ? moment.trip.t : 1;
    for (let o = Math.max(first, moment.trip.fromOffset); o < Math.min(moment.trip.toOffset, lastShown); o++)
      place(o, y, opacity, 'stage-copy-cell stage-copy-cell--trip');
  }
  const at = copyEnd(shelf, end, logEnd);
  const n = formatCount(voice.lang, logEnd);
  const endText = at.before ? `‹ ${n}` : n;
  const endW = textWidth(endText, FONT.number, true);
  // In the column of the page it will copy next, sliding in with the shelf's tape (clipped to it, as the
  // shelf's own next slot is) rather than squeezed onto the column of a page it already holds.
  const endX = at.before ? tape.x + 2 : at.x + shelf.cellW / 2 - endW / 2;
  const midY = row.row.y + row.row.h / 2;
  const state = moment.state;
  // A copy in step needs no word while its full tape says it; one whose pages all lie left of the shelf's
  // window (a follower a fetch behind a burst of notes: 'Copies' step 5) shows an empty row, which would
  // read as an empty copy, so it says what it is beside its "‹ 13".
  const word =
    state === 'behind' || state === 'down' || state === 'catchingUp' || (state === 'inSync' && at.before)
      ? copyStateLabel(voice, state)
      : null;
  const wordW = word ? textWidth(word, PILL_FONT, true) + 12 : 0;
  // A behind copy's word stands at the left of its tape or after its end; a broken copy's in the middle
  // of its row, over its greyed pages; each where it covers neither its end's number nor the leader's mark.
  const wordX = placeWord(
    tape,
    wordW,
    state === 'down'
      ? [tape.x + tape.w / 2 - wordW / 2, endX + endW + 8, tape.x + 2, endX - wordW - 8]
      : [tape.x + 2, endX + endW + 8],
    [[endX, endX + endW], ...(leaderMarkW > 0 ? [[tape.x + 2, tape.x + 2 + leaderMarkW] as const] : [])],
  );
  const down = state === 'down';
  return (
    <g className={`stage-copy stage-copy--${state}`}>
      <text className="stage-copy-name tabular" x={row.name.x + 2} y={midY + 7} fontSize={FONT.number}>
        {roomName(voice, copy.broker)}
      </text>
      <rect className="stage-copy-rail" x={tape.x} y={tape.y + tape.h + 1} width={tape.w} height={2} />
      {cells.map((c, i) => (
        <rect
          key={i}
          className="stage-copy-cell"
          x={c.x}
          y={tape.y}
          width={c.w}
          height={tape.h}
          rx={3}
          style={c.color === '' || down ? undefined : { fill: c.color }}
        />
      ))}
      {moving.map((c, i) => (
        <rect
          key={`m${i}`}
          className={c.cls}
          x={c.x}
          y={c.y}
          width={c.w}
          height={tape.h}
          rx={3}
          opacity={c.opacity}
          style={c.color === '' ? undefined : { fill: c.color }}
        />
      ))}
      {down ? <path className="stage-copy-cross" d={`M${tape.x - 4} ${midY}H${tape.x + tape.w}`} /> : null}
      <g clipPath={`url(#${clipId})`}>
        <text className="stage-copy-end tabular" x={endX} y={midY + 7} fontSize={FONT.number}>
          {endText}
        </text>
      </g>
      {word ? (
        <Pill
          x={wordX}
          y={row.row.h / 2 + row.row.y}
          text={word}
          cls={`stage-copy-pill stage-copy-pill--${state}`}
        />
      ) : null}
    </g>
  );
}

/** A word on a small opaque label, left edge at x, centred on y. */
function Pill({ x, y, text, cls }: { x: number; y: number; text: string; cls: string }) {
  const w = textWidth(text, PILL_FONT, true) + 12;
  return (
    <g className={cls}>
      <rect x={x} y={y - 10} width={w} height={20} rx={10} />
      <text x={x + 6} y={y + 5.5} fontSize={PILL_FONT}>
        {text}
      </text>
    </g>
  );
}
