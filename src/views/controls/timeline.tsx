import { memo, useCallback, useId, useMemo, type CSSProperties, type KeyboardEvent } from 'react';
import type { EngineEvent } from '../../engine';
import { useSimulator, useSimulatorStore } from '../../store/context';
import { useVoice } from '../../store/prefs';
import { selectMilestones, selectSeeking, selectUnreachable } from '../../store/selectors';
import { useChromeSample } from '../../store/use-sampled';
import type { Voice } from '../../shared/lang';
import { formatClock, formatSpoken } from '../../shared/format-time';
import { OPEN_SLICE_WORK } from '../../runtime/work-budget';
import { messages } from './messages';
import { CHAPTER_TYPES, chapterKind, describeChapter, type ChapterKind } from '../milestone-text';
import { markName, TimelineLegend } from './timeline-legend';
import { legendMessages } from './timeline-legend-messages';
import { seekNoticeMessages } from './seek-notice-messages';
import './timeline.css';

/** The timeline always reaches at least this far past the playhead, so there is room to play into. */
export const LOOKAHEAD_MS = 60_000;
/** Its right end moves in steps of this much, so it does not creep every frame. */
const END_STEP_MS = 30_000;
/** Markers closer than 1/BUCKETS of the width share one marker. */
const BUCKETS = 240;
/** Lines shown in a shared marker's tooltip before "and N more". */
const TOOLTIP_LINES = 4;

/** The timeline's right end: the recorded horizon or a minute past now, whichever is later. */
export function timelineEnd(nowMs: number, horizonMs: number): number {
  return Math.max(horizonMs, Math.ceil((nowMs + LOOKAHEAD_MS) / END_STEP_MS) * END_STEP_MS);
}

/** Each kind of mark has its own row of buckets. */
const KIND_INDEX: Record<ChapterKind, number> = {
  sleep: 0,
  wake: 1,
  trouble: 2,
  rebalance: 3,
  deletion: 4,
  change: 5,
};

interface Chapter {
  readonly key: string;
  readonly timeMs: number;
  readonly percent: number;
  readonly kind: ChapterKind;
  readonly title: string;
}

function chaptersOf(voice: Voice, milestones: readonly EngineEvent[], endMs: number): Chapter[] {
  // A long class holds tens of thousands of milestones: only the lines a tooltip shows are written out,
  // the rest are counted, under a numeric key (writing them all, or a string key each, was a cost that
  // grew with the length of the run).
  const byBucket = new Map<number, { first: EngineEvent; lines: string[]; count: number }>();
  const lineOf = (e: EngineEvent): string =>
    `${formatClock(voice.lang, e.timeMs)} ${describeChapter(voice, e)}`;
  for (const e of milestones) {
    if (e.timeMs > endMs || !CHAPTER_TYPES.has(e.type)) continue;
    const key = KIND_INDEX[chapterKind(e.type)] * (BUCKETS + 1) + Math.round((e.timeMs / endMs) * BUCKETS);
    const found = byBucket.get(key);
    if (!found) byBucket.set(key, { first: e, lines: [lineOf(e)], count: 1 });
    else if (++found.count <= TOOLTIP_LINES) found.lines.push(lineOf(e));
  }
  return [...byBucket.entries()].map(([key, { first, lines, count }]) => {
    const shown = [...lines];
    if (count > TOOLTIP_LINES) shown.push(messages(voice.lang).andMore(count - TOOLTIP_LINES));
    return {
      key: String(key),
      timeMs: first.timeMs,
      percent: (first.timeMs / endMs) * 100,
      kind: chapterKind(first.type),
      title: shown.join('\n'),
    };
  });
}

/** The chapter marks: redrawn when the chapters change, not each time the playhead moves. */
const ChapterMarks = memo(function ChapterMarks({
  chapters,
  voice,
  onSeek,
}: {
  chapters: readonly Chapter[];
  voice: Voice;
  onSeek(ms: number): void;
}) {
  return (
    // Pointer shortcuts, out of the tab order (Step back and Step forward reach every chapter), but each
    // named by its kind and what happened, so a screen reader reads the class's story off the bar.
    <div className="timeline__chapters" role="group" aria-label={legendMessages(voice.lang).marks}>
      {chapters.map((c) => (
        <button
          key={c.key}
          type="button"
          tabIndex={-1}
          className={`timeline__chapter timeline__chapter--${c.kind}`}
          style={{ left: `${c.percent}%` }}
          title={c.title}
          aria-label={markName(voice, c.kind, c.title)}
          onClick={() => onSeek(c.timeMs)}
        />
      ))}
    </div>
  );
});

/** The scrub bar: drag to any moment (the engine seeks there), with chapter marks for what happened. */
export function Timeline() {
  const store = useSimulatorStore();
  // The bar follows a busy class four times a second, every other time with the text (useChromeSample),
  // and a calm one as often as its page wakes (about three times a second in the lightest class, and at
  // least every CALM_ANCHOR_MS); paused, stepping or dragging, it is always live.
  const { renderTime, snapshot, horizonMs: horizon } = useChromeSample();
  const now = snapshot.timeMs;
  const milestones = useSimulator(selectMilestones);
  const voice = useVoice();
  const end = timelineEnd(now, horizon);
  const chapters = useMemo(() => chaptersOf(voice, milestones, end), [voice, milestones, end]);
  const unreachable = useSimulator(selectUnreachable);
  const unreachableId = useId();
  // While a seek runs in slices the thumb stays where it was asked to go (SeekProgress says how far along).
  const seeking = useSimulator(selectSeeking);
  const at = seeking?.askedMs ?? now;

  // Every seek of the bar (dragging, its keys, a chapter mark) runs in slices: a heavy one goes on between
  // the page's frames, and a newer position turns it there (the store's `seeking`).
  const seek = useCallback(
    (ms: number): void => store.getState().seek(Math.min(end, Math.max(0, Math.round(ms))), OPEN_SLICE_WORK),
    [store, end],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    const big = event.shiftKey ? 10_000 : 1_000;
    const moves: Partial<Record<string, number>> = {
      ArrowLeft: at - big,
      ArrowDown: at - big,
      ArrowRight: at + big,
      ArrowUp: at + big,
      PageDown: at - 10_000,
      PageUp: at + 10_000,
      Home: 0,
      End: horizon,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    seek(target);
  };

  // On the input, not the whole bar: custom properties inherit, and set on the bar ten times a second
  // they made the browser restyle every chapter mark as well (a cost that grew with a long class).
  const style = {
    '--timeline-played': `${(Math.min(renderTime, end) / end) * 100}%`,
    '--timeline-recorded': `${(Math.min(horizon, end) / end) * 100}%`,
  } as CSSProperties;

  return (
    <div className="timeline">
      <ChapterMarks chapters={chapters} voice={voice} onSeek={seek} />
      <input
        className="timeline__range"
        style={style}
        type="range"
        aria-label={messages(voice.lang).timeline}
        min={0}
        max={end}
        step="any"
        value={Math.min(seeking?.askedMs ?? renderTime, end)}
        aria-valuenow={at}
        aria-valuetext={formatSpoken(voice.lang, at)}
        aria-describedby={unreachable ? unreachableId : undefined}
        onChange={(event) => seek(Number(event.currentTarget.value))}
        onKeyDown={onKeyDown}
      />
      {unreachable && (
        // The stretch a seek cannot reach (Player.unreachable), shaded on the track; a seek into it lands
        // at its end and SeekNotice says so.
        <div className="timeline__unreachable-lane">
          <div
            className="timeline__unreachable"
            style={{
              left: `${(Math.min(unreachable.fromMs, end) / end) * 100}%`,
              width: `${((Math.min(unreachable.toMs, end) - Math.min(unreachable.fromMs, end)) / end) * 100}%`,
            }}
          />
          <span id={unreachableId} className="visually-hidden">
            {seekNoticeMessages(voice.lang).unreachable(
              voice.words,
              formatClock(voice.lang, unreachable.fromMs, false),
              formatClock(voice.lang, unreachable.toMs, false),
            )}
          </span>
        </div>
      )}
      <TimelineLegend />
    </div>
  );
}
