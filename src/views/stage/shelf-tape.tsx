import { memo, useId, useRef } from 'react';
import type { EngineEvent, RecordView } from '../../engine';
import type { Voice } from '../../shared/lang';
import { useSimulator } from '../../store/context';
import { selectMilestones, selectSpeed } from '../../store/selectors';
import type { ShelfLayout } from '../../viz/layout-types';
import { marksForShelf } from '../../viz/shelf-marks';
import { flies } from '../../viz/flights';
import { mix } from '../../viz/flight-path';
import { DELETE_FADE_MS } from '../../viz/stage-metrics';
import { BUSY_PERIOD } from '../../store/use-sampled';
import { isStream, landed, singleSlide, slotLeft, tapeView } from '../../viz/tape';
import { fadeOut, recentEvents } from '../../viz/time-fades';
import type { GroupStyle } from './group-style';
import { NoteCell } from './note-cell';
import { ShelfBinders, segmentsKey } from './shelf-binders';
import { ShelfMarksView } from './shelf-marks-view';
import { ShelfPile } from './shelf-pile';
import { ShelfCopies } from './shelf-copies';
import { highWatermarkLabelWidth, ShelfHighWatermark } from './shelf-high-watermark';
import { highWatermarkLabelX, highWatermarkX, shelfState } from '../../viz/replicas';
import { useShelfMoment } from './use-shelf-moment';
import { useSlide } from './use-slide';

type Deletion = Extract<EngineEvent, { type: 'segmentsDeleted' }>;

/** Pool cells beyond the slots: the window can show a few more cells while the tape slides. */
const POOL_SPARE = 4;

interface ShelfTapeProps {
  shelf: ShelfLayout;
  styles: ReadonlyMap<string, GroupStyle>;
  voice: Voice;
  reduced: boolean;
  /** Writers' notes per second per shelf: which notes are drawn flying (see flights.flies). */
  rates: ReadonlyMap<string, number>;
  /** Notes per simulated second arriving on this shelf: past a point the shelf is drawn as a stream. */
  turnover: number;
}

/**
 * The moving part of a shelf, redrawn from the render time while it moves: the tape slides, notes in flight
 * leave their slot empty until they land, deleted notes fade out together, and the marks follow.
 * Cells are memoised and positioned inside one translated group, so a frame mostly moves one transform.
 */
export const ShelfTape = memo(function ShelfTape({
  shelf,
  styles,
  voice,
  reduced,
  rates,
  turnover,
}: ShelfTapeProps) {
  // The tape reads the live snapshot itself: it is the part of a shelf that must change every frame,
  // while the shelf around it is redrawn only when the furniture or the slower text changes.
  const stream = isStream(turnover, useSimulator(selectSpeed));
  const still = reduced || stream;
  // Redrawn only when the shelf's picture changes (use-shelf-moment.ts), not on every frame.
  const { snapshot, renderTime } = useShelfMoment(shelf.topic, shelf.partition, stream ? BUSY_PERIOD : 0, {
    reduced,
    still,
  });
  const milestones = useSimulator(selectMilestones);
  const clipId = `tape-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const partition = snapshot.topics.find((t) => t.name === shelf.topic)?.partitions[shelf.partition];
  const deletion = latestDeletion(milestones, renderTime, shelf);
  // A slide for one note, with nothing else moving on the shelf, is run by the browser (use-slide.ts): the
  // tape, its marks and the log start are drawn at the tape's end and offset by the animation.
  const slide =
    partition && !still && !shelf.copies && !deletion ? singleSlide(partition.recent, renderTime) : null;
  const slid = [useRef<SVGGElement>(null), useRef<SVGGElement>(null), useRef<SVGGElement>(null)] as const;
  useSlide(slid, slide, shelf.cellW);
  if (!partition) return null;
  const marks = marksForShelf(snapshot, shelf.topic, shelf.partition);
  const sliding = tapeView(shelf, partition, renderTime, still);
  const view = slide
    ? { ...tapeView(shelf, partition, renderTime, true), firstVisible: sliding.firstVisible }
    : sliding;
  const { tape, cellW } = shelf;
  // A still tape (a stream, or reduced motion) does not slide: its cells are placed from the log end, so
  // each cell element keeps its place and a redraw changes numbers and colours, not positions (a stream's
  // redraw moved every cell: 150 transforms and the layout they cost, twice a second on 12 shelves).
  const cellBase = still ? partition.logEndOffset : view.base;
  const cellShift = still ? slotLeft(shelf, view.end, cellBase) : view.shiftX;
  const cx = (o: number): number => (o - cellBase) * cellW;

  const deletionAge = deletion ? renderTime - deletion.timeMs : 0;
  const ghostOpacity = deletion ? fadeOut(deletionAge, DELETE_FADE_MS) : 0;

  // The log start marker glides from the old start to the new one while the deleted notes fade.
  const startOffset = deletion
    ? mix(deletion.fromOffset, deletion.logStartOffset, 1 - ghostOpacity)
    : partition.logStartOffset;
  const startX = slotLeft(shelf, view.end, startOffset);

  // A fixed pool of cell elements, one per offset modulo its size: a note arriving takes over the element
  // of a note that slid away, so a frame updates a few attributes instead of building and removing
  // elements (at 8x in the busy school, a few notes a frame on every shelf).
  const pool: (RecordView | null)[] = new Array<RecordView | null>(shelf.slots + POOL_SPARE).fill(null);
  const slot = (o: number): number => (still ? cellBase - o : o) % pool.length;
  for (const r of partition.recent) if (r.offset >= view.firstVisible) pool[slot(r.offset)] = r;
  const ghosts: number[] = [];
  if (deletion) {
    for (let o = Math.max(deletion.fromOffset, view.firstVisible - 1); o < deletion.logStartOffset; o++)
      ghosts.push(o);
  }

  // With several brokers: the copies under the shelf and the high watermark on it (none with one broker).
  const rows = shelf.copies;
  const state = rows ? shelfState(partition, snapshot.brokers) : 'ok';
  // Where the high watermark's label starts on the line of small print: the pile's words keep left of it.
  const hwLabelX = !rows
    ? null
    : state === 'ok'
      ? highWatermarkLabelX(
          shelf,
          highWatermarkX(shelf, view.end, partition.logStartOffset, partition.highWatermark),
          highWatermarkLabelWidth(voice, partition.highWatermark),
        )
      : tape.x + tape.w;

  return (
    <g>
      <clipPath id={clipId}>
        <rect x={tape.x} y={shelf.laneY} width={tape.w} height={tape.h + (tape.y - shelf.laneY) + 6} />
      </clipPath>
      <g clipPath={`url(#${clipId})`}>
        <g ref={slid[0]}>
          <g transform={`translate(${view.shiftX}, 0)`}>
            <ShelfBinders shelf={shelf} segments={segmentsKey(partition.segments)} base={view.base} />
          </g>
          <g transform={`translate(${cellShift}, 0)`}>
            {ghosts.map((o) => (
              <NoteCell
                key={`g${o}`}
                x={cx(o)}
                y={tape.y + (reduced ? 0 : 14 * (1 - ghostOpacity))}
                w={cellW}
                h={tape.h}
                offset={o}
                keyName={null}
                kind="ghost"
                opacity={ghostOpacity}
              />
            ))}
            {pool.map((r, i) => {
              if (!r)
                return (
                  <NoteCell
                    key={i}
                    x={0}
                    y={tape.y}
                    w={cellW}
                    h={tape.h}
                    offset={0}
                    keyName={null}
                    kind="empty"
                  />
                );
              const arrived = landed(r.timestamp, renderTime);
              const kind =
                !reduced && arrived < 1 && flies(r.offset, rates.get(r.writer)) ? 'pending' : 'note';
              return (
                <NoteCell
                  key={i}
                  x={cx(r.offset)}
                  y={tape.y}
                  w={cellW}
                  h={tape.h}
                  offset={r.offset}
                  keyName={r.key}
                  tombstone={r.tombstone}
                  kind={kind}
                  opacity={reduced ? arrived : 1}
                />
              );
            })}
            <NoteCell
              x={cx(partition.logEndOffset)}
              y={tape.y}
              w={cellW}
              h={tape.h}
              offset={partition.logEndOffset}
              keyName={null}
              kind="next"
            />
          </g>
        </g>
      </g>
      <g ref={slid[1]}>
        {startX >= tape.x - 1 ? (
          <path className="stage-log-start" d={`M${startX} ${tape.y - 6}V${tape.y + tape.h + 4}`} />
        ) : null}
      </g>
      <ShelfPile
        shelf={shelf}
        hidden={view.hidden}
        voice={voice}
        logStartOffset={partition.logStartOffset}
        logEndOffset={partition.logEndOffset}
        deleted={
          deletion && ghostOpacity > 0
            ? { count: deletion.logStartOffset - deletion.fromOffset, opacity: ghostOpacity, still: reduced }
            : null
        }
        keepLeftOf={hwLabelX}
      />
      {rows && rows.length > 0 ? (
        <>
          <ShelfHighWatermark
            shelf={shelf}
            end={view.end}
            logStartOffset={partition.logStartOffset}
            logEndOffset={partition.logEndOffset}
            highWatermark={partition.highWatermark}
            state={state}
            bottomY={rows[rows.length - 1]!.row.y + rows[rows.length - 1]!.row.h}
            voice={voice}
          />
          <ShelfCopies
            shelf={shelf}
            rows={rows}
            partition={partition}
            brokers={snapshot.brokers}
            end={view.end}
            firstVisible={view.firstVisible}
            renderTime={renderTime}
            reduced={reduced}
            milestones={milestones}
            voice={voice}
          />
        </>
      ) : null}
      <g ref={slid[2]}>
        <ShelfMarksView
          shelf={shelf}
          end={view.end}
          logEndOffset={partition.logEndOffset}
          logStartOffset={partition.logStartOffset}
          marks={marks}
          styles={styles}
          lang={voice.lang}
        />
      </g>
    </g>
  );
});

/** The newest deletion on this shelf that is still fading. */
function latestDeletion(
  milestones: readonly EngineEvent[],
  renderTime: number,
  shelf: ShelfLayout,
): Deletion | null {
  const recent = recentEvents(milestones, renderTime, DELETE_FADE_MS);
  for (let i = recent.length - 1; i >= 0; i--) {
    const e = recent[i]!;
    if (e.type === 'segmentsDeleted' && e.topic === shelf.topic && e.partition === shelf.partition) return e;
  }
  return null;
}
