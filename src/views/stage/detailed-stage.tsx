import { useEffect, useMemo } from 'react';
import type { Snapshot } from '../../engine';
import { useSimulator, useSimulatorStore } from '../../store/context';
import { useVoice } from '../../store/prefs';
import { selectSelection } from '../../store/selectors';
import { keyPalette } from '../../viz/key-style';
import type { StageLayout } from '../../viz/layout-types';
import { keepClear } from '../../viz/keep-clear';
import { sameEntries, type StageStructure } from '../../viz/stage-structure';
import { useStable } from './use-stable';
import { perShelfRates, topicShelfRates } from '../../viz/flights';
import { FlightsCanvas } from './flights-canvas';
import { GroupBox } from './group-box';
import { groupStyle, type GroupStyle } from './group-style';
import { KeyLegend } from './key-legend';
import { KeyPaletteContext, StageLangContext } from './key-palette';
import { Machine } from './machine';
import { OffstageStub } from './offstage-stub';
import { OutputLinks } from './output-links';
import { RedealLayer } from './redeal-layer';
import { SpotlightLayer } from './spotlight-layer';
import { DeskPiles } from './desk-piles';
import { ShelfTape } from './shelf-tape';
import { indexLayout } from '../../viz/stage-index';
import { nextStageChange } from '../../viz/stage-motion';
import { Teacher } from './teacher';
import { useReducedMotion } from './use-reduced-motion';
import { useSlowSnapshot } from './use-slow-snapshot';

/**
 * The detailed picture: every teacher, shelf, note and desk. Three SVGs with one viewBox are stacked to
 * fill the stage: the furniture (selectable, redrawn a few times a second), the notes on the shelves, and
 * what flies (each on its own compositor layer, so a frame repaints only what moved). The layout comes
 * laid out (stage.tsx); motion lives in the few components that read the render time.
 */
export function DetailedStage({
  layout,
  structure,
  onLayout,
}: {
  layout: StageLayout;
  structure: StageStructure;
  onLayout?: (layout: StageLayout) => void;
}) {
  const store = useSimulatorStore();
  // Furniture and text follow a slowed copy of the snapshot; the tapes and flights read the live one.
  const snapshot = useSlowSnapshot();
  const voice = useVoice();
  const selection = useSimulator(selectSelection);
  const reduced = useReducedMotion();
  useEffect(() => onLayout?.(layout), [layout, onLayout]);
  const index = useMemo(() => indexLayout(layout), [layout]);
  const clear = useMemo(() => keepClear(layout), [layout]);
  const styles = useMemo(() => {
    const m = new Map<string, GroupStyle>();
    for (const g of layout.groups) m.set(g.id, groupStyle(g.index, g.tag));
    return m;
  }, [layout]);
  // Writers' rates (which notes fly) and shelves' rates (which shelves are streams), kept while no rate
  // changes so what reads them does not redraw.
  const rates = useStable(perShelfRates(snapshot), sameEntries);
  const turnover = useStable(topicShelfRates(snapshot), sameEntries);
  // While the class plays, the page sleeps between the moments this picture changes by itself.
  useEffect(
    () =>
      store.getState().addMotion((s) =>
        nextStageChange(s.snapshot, s.milestones, s.renderTime, {
          reduced,
          turnover,
          speed: s.speed,
          streamPeriodMs: s.busyRefreshMs,
        }),
      ),
    [store, reduced, turnover],
  );
  const keys = keysOf(snapshot);
  const keyList = useMemo(() => (keys === '' ? [] : keys.split('\n')), [keys]);
  // Past ten keys (the busy school's fifty) colours must repeat anyway: plain hashing keeps them fixed.
  const probed = keyList.length <= 10 ? keys : '';
  const palette = useMemo(() => keyPalette(probed === '' ? [] : probed.split('\n')), [probed]);
  const outputs = useMemo(() => {
    const m = new Map<string, string>();
    for (const g of structure.groups) if (g.outputTopic) m.set(g.id, g.outputTopic);
    return m;
  }, [structure]);

  // Stable callbacks, so memoised furniture does not redraw when only the selection changes elsewhere.
  const act = useMemo(() => {
    const select = store.getState().select;
    return {
      producer: (id: string) => select({ kind: 'producer', id }),
      topic: (topic: string) => select({ kind: 'topic', topic }),
      shelf: (topic: string, partition: number) => select({ kind: 'partition', topic, partition }),
      group: (group: string) => select({ kind: 'group', group }),
      member: (group: string, member: string) => select({ kind: 'member', group, member }),
    };
  }, [store]);

  const viewBox = `0 0 ${round(layout.width)} ${round(layout.height)}`;
  return (
    <KeyPaletteContext.Provider value={palette}>
      <StageLangContext.Provider value={voice.lang}>
        <svg
          className="stage-svg"
          viewBox={viewBox}
          preserveAspectRatio="xMidYMid meet"
          width="100%"
          height="100%"
          role="group"
          aria-label={STAGE_NAME[voice.lang][voice.words]}
        >
          <OutputLinks layout={layout} outputs={outputs} styles={styles} />
          {layout.machines.map((m) => {
            const topic = snapshot.topics.find((t) => t.name === m.topic);
            if (!topic) return null;
            return (
              <Machine
                key={m.topic}
                layout={m}
                topic={topic}
                brokers={snapshot.brokers}
                voice={voice}
                selection={selection}
                onSelectTopic={act.topic}
                onSelectShelf={act.shelf}
              />
            );
          })}
          {layout.teachers.map((t) => {
            const p = snapshot.producers.find((x) => x.id === t.id);
            if (!p) return null;
            return (
              <Teacher
                key={t.id}
                layout={t}
                voice={voice}
                recordsPerSec={p.recordsPerSec}
                sent={p.sent}
                selected={selection?.kind === 'producer' && selection.id === t.id}
                onSelect={act.producer}
                trouble={
                  snapshot.brokers.length > 1
                    ? { waiting: p.waiting, failed: p.failed, lost: p.lostAcknowledged }
                    : undefined
                }
              />
            );
          })}
          {(layout.offstage ?? []).map((o) => {
            const topic = snapshot.topics.find((t) => t.name === o.topic);
            return topic ? <OffstageStub key={o.topic} layout={o} topic={topic} voice={voice} /> : null;
          })}
          {layout.legend ? <KeyLegend layout={layout.legend} keys={keyList} voice={voice} /> : null}
          {layout.groups.map((g) => {
            const group = snapshot.groups.find((x) => x.id === g.id);
            if (!group) return null;
            return (
              <GroupBox
                key={g.id}
                layout={g}
                group={group}
                style={styles.get(g.id)!}
                density={layout.deskDensity}
                voice={voice}
                reduced={reduced}
                selection={selection}
                onSelectGroup={act.group}
                onSelectMember={act.member}
              />
            );
          })}
        </svg>
        {/* The notes on the shelves: clicks go through to the shelves below. */}
        <svg
          className="stage-svg stage-layer"
          viewBox={viewBox}
          preserveAspectRatio="xMidYMid meet"
          width="100%"
          height="100%"
          aria-hidden="true"
        >
          {layout.machines.flatMap((m) =>
            m.shelves.map((shelf) => (
              <ShelfTape
                key={`${shelf.topic}:${shelf.partition}`}
                shelf={shelf}
                styles={styles}
                voice={voice}
                reduced={reduced}
                rates={rates}
                turnover={turnover.get(shelf.topic) ?? 0}
              />
            )),
          )}
        </svg>
        {/* The piles of notes on the desks, highlights and re-deals, over the shelves. */}
        <svg
          className="stage-svg stage-overlay"
          viewBox={viewBox}
          preserveAspectRatio="xMidYMid meet"
          width="100%"
          height="100%"
          aria-hidden="true"
        >
          <DeskPiles layout={layout} reduced={reduced} />
          <SpotlightLayer layout={layout} />
          <RedealLayer index={index} styles={styles} clear={clear} />
        </svg>
        {/* What flies: a canvas painted off the main thread (flights-canvas.tsx). */}
        <FlightsCanvas layout={layout} index={index} reduced={reduced} turnover={turnover} />
      </StageLangContext.Provider>
    </KeyPaletteContext.Provider>
  );
}

const STAGE_NAME = {
  en: { kafka: 'The cluster: producers, topics and consumer groups', classroom: 'The classroom' },
  es: { kafka: 'El clúster: productores, topics y grupos de consumidores', classroom: 'La clase' },
} as const;

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/**
 * The keys of the class, sorted, as one string (cheap to compare between snapshots): the producers' own
 * keys, so colours are fixed from the first second, plus any key seen on a shelf.
 */
function keysOf(snapshot: Snapshot): string {
  const keys = new Set<string>();
  for (const p of snapshot.producers) for (const k of p.keys) keys.add(k);
  for (const t of snapshot.topics)
    for (const p of t.partitions) for (const r of p.recent) if (r.key !== null) keys.add(r.key);
  return [...keys].sort().join('\n');
}
