import { memo } from 'react';
import { useSimulator } from '../../store/context';
import type { Box } from '../../viz/geometry';
import type { StageLayout } from '../../viz/layout-types';
import { FETCH_MS } from '../../viz/stage-metrics';
import { selectStageTime } from './stage-time';
import { DESIGN_W } from './student-figure';
import { useSlowSnapshot } from './use-slow-snapshot';

/**
 * The piles of fetched notes on the students' desks, on the stage's overlay rather than in each desk: a
 * pile shows once the notes flying to it have landed (FETCH_MS after the poll), a few frames after the
 * text redraws, one desk after another. In the desks, each landing changed the furniture's SVG, which the
 * browser then repainted whole (the busy school at 8x with the CPU slowed four times: two to four frames
 * of 25-30 ms after each text redraw, 8-10 ms of them paint); the overlay is a layer of its own with
 * little on it. Drawn from the moment the desks are (useSlowSnapshot), so a pile and the desk's numbers
 * agree, and under the spotlight's veil like the desks; landed at the stage's time (stage-time.ts), as
 * the cards flying to it are.
 */
export const DeskPiles = memo(function DeskPiles({ layout }: { layout: StageLayout }) {
  const snapshot = useSlowSnapshot();
  return (
    <g className="stage-desk-piles" aria-hidden="true">
      {layout.groups.map((g) => {
        const group = snapshot.groups.find((x) => x.id === g.id);
        if (!group) return null;
        return g.desks.map((d) => {
          const m = group.members.find((x) => x.memberId === d.memberId);
          if (!m) return null;
          return (
            <DeskPile
              key={`${g.id}/${d.memberId}`}
              figure={d.figure}
              dim={m.activity === 'asleep' || m.activity === 'crashed' || m.activity === 'out'}
              batchLeft={m.batchSize - m.batchDone}
              lastPollMs={m.lastPollMs}
            />
          );
        });
      })}
    </g>
  );
});

interface DeskPileProps {
  figure: Box;
  /** A student asleep, crashed or gone is drawn faded (stage.css), her pile too. */
  dim: boolean;
  /** Fetched notes still to read. */
  batchLeft: number;
  /** When they were fetched: the pile shows once they landed. */
  lastPollMs: number;
}

/** One desk's pile: always four sheets, shown or hidden (the pile changes often; nothing is rebuilt). */
const DeskPile = memo(function DeskPile({ figure, dim, batchLeft, lastPollMs }: DeskPileProps) {
  const landed = useSimulator((s) => selectStageTime(s) - lastPollMs >= FETCH_MS);
  const pile = landed ? batchLeft : 0;
  return (
    <g
      transform={`translate(${figure.x}, ${figure.y}) scale(${figure.w / DESIGN_W})`}
      className={dim ? 'stage-desk-pile stage-desk-pile--dim' : 'stage-desk-pile'}
    >
      {[0, 1, 2, 3].map((i) => (
        <rect
          key={i}
          className="stage-desk-note"
          x={28 - i * 1.5}
          y={43 - i * 2.2}
          width={14}
          height={5}
          rx={1}
          visibility={i < pile ? 'visible' : 'hidden'}
        />
      ))}
    </g>
  );
});
