import { countReached } from '../../shared/timed';
import type { EngineEvent } from '../../engine';
import { useSimulator } from '../../store/context';
import { selectMilestones, selectRenderTime } from '../../store/selectors';
import type { SimulatorState } from '../../store/simulator-store';
import { useId } from 'react';
import { inflate, type Box } from '../../viz/geometry';
import { shelfKey } from '../../viz/shelf-marks';
import { REDEAL_MS } from '../../viz/stage-metrics';
import { fadeOut, recentEvents } from '../../viz/time-fades';
import type { GroupStyle } from './group-style';
import { deskKey, type StageIndex } from '../../viz/stage-index';

type Assigned = Extract<EngineEvent, { type: 'partitionsAssigned' }>;

interface RedealLayerProps {
  index: StageIndex;
  styles: ReadonlyMap<string, GroupStyle>;
  /** Where names and numbers stand (viz/keep-clear.ts): the lines pass under them, not over. */
  clear: readonly Box[];
}

/**
 * Just after a rebalance, lines in the group's colour run from each shelf to the student who now reads
 * it, and her desk glows: the re-deal, fading out over REDEAL_MS of simulated time.
 */
export function RedealLayer(props: RedealLayerProps) {
  // Most frames have no re-deal in progress: this only re-renders when one starts or ends.
  return useSimulator(selectRedealing) ? <RedealLines {...props} /> : null;
}

/** Whether a rebalance handed out shelves within the last REDEAL_MS (milestones are in time order). */
function selectRedealing(s: SimulatorState): boolean {
  const events = s.milestones;
  for (let i = countReached(events, s.renderTime) - 1; i >= 0; i--) {
    const e = events[i]!;
    if (e.timeMs <= s.renderTime - REDEAL_MS) return false;
    if (e.type === 'partitionsAssigned') return true;
  }
  return false;
}

function RedealLines({ index, styles, clear }: RedealLayerProps) {
  // A line from a shelf to a desk under the machine crosses the group's caption: masked out there.
  const mask = `redeal-mask-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const milestones = useSimulator(selectMilestones);
  const renderTime = useSimulator(selectRenderTime);
  const recent = recentEvents(milestones, renderTime, REDEAL_MS).filter(
    (e): e is Assigned => e.type === 'partitionsAssigned',
  );
  // Only the newest assignment of each member counts (a second rebalance replaces the first).
  const latest = new Map<string, Assigned>();
  for (const e of recent) latest.set(deskKey(e.group, e.member), e);
  return (
    <g aria-hidden="true" className="stage-redeal">
      <defs>
        <mask id={mask} maskUnits="userSpaceOnUse" x={-1e4} y={-1e4} width={2e4} height={2e4}>
          <rect x={-1e4} y={-1e4} width={2e4} height={2e4} fill="white" />
          {clear.map((b, i) => (
            <rect key={i} x={b.x} y={b.y} width={b.w} height={b.h} fill="black" />
          ))}
        </mask>
      </defs>
      {[...latest.values()].map((e) => {
        const desk = index.desks.get(deskKey(e.group, e.member));
        const color = styles.get(e.group)?.color;
        if (!desk || !color) return null;
        const opacity = fadeOut(renderTime - e.timeMs, REDEAL_MS);
        const ring = inflate(desk.box, 3);
        const to = { x: desk.box.x - 3, y: desk.box.y + desk.box.h / 2 };
        return (
          <g key={`${e.group}/${e.member}/${e.id}`} opacity={opacity}>
            <rect
              className="stage-redeal-ring"
              x={ring.x}
              y={ring.y}
              width={ring.w}
              height={ring.h}
              rx={10}
              stroke={color}
            />
            <g mask={`url(#${mask})`}>
              {e.partitions.map(([topic, partition]) => {
                const shelf = index.shelves.get(shelfKey(topic, partition));
                if (!shelf) return null;
                const from = { x: shelf.tape.x + shelf.tape.w + 4, y: shelf.tape.y + shelf.tape.h / 2 };
                const mx = (from.x + to.x) / 2;
                return (
                  <path
                    key={`${topic}-${partition}`}
                    className="stage-redeal-line"
                    d={`M${from.x} ${from.y}C${mx} ${from.y} ${mx} ${to.y} ${to.x} ${to.y}`}
                    stroke={color}
                  />
                );
              })}
            </g>
          </g>
        );
      })}
    </g>
  );
}
