import { memo } from 'react';
import { useSimulator } from '../../store/context';
import { deskLandings, notesLanded, sameLandings, type Landing } from '../../viz/desk-landings';
import type { Box } from '../../viz/geometry';
import type { StageLayout } from '../../viz/layout-types';
import { selectStageTime } from './stage-time';
import { DESIGN_W } from './student-figure';
import { useSlowSnapshot } from './use-slow-snapshot';

/**
 * The piles of fetched notes on the students' desks, on the stage's overlay rather than in each desk: a
 * pile holds the notes whose cards have landed (desk-landings.ts: the cards of a batch leave one after
 * another and land up to FETCH_MS + 2 staggers + FLIGHT_MS after the poll), so no note is drawn both in
 * the air and on the pile, a few frames after the text redraws, one desk after another. In the desks, each landing changed the furniture's SVG, which the
 * browser then repainted whole (the busy school at 8x with the CPU slowed four times: two to four frames
 * of 25-30 ms after each text redraw, 8-10 ms of them paint); the overlay is a layer of its own with
 * little on it. Drawn from the moment the desks are (useSlowSnapshot), so a pile and the desk's numbers
 * agree, and under the spotlight's veil like the desks; landed at the stage's time (stage-time.ts), as
 * the cards flying to it are.
 */
export const DeskPiles = memo(function DeskPiles({
  layout,
  reduced,
}: {
  layout: StageLayout;
  /** Reduced motion: fetched copies fade in at the desk at once, without waiting for their note to land. */
  reduced: boolean;
}) {
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
              read={m.batchDone}
              landings={deskLandings(snapshot.topics, m, reduced)}
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
  /** The notes of the batch she has read: the first ones, which landed first. */
  read: number;
  /** Her last poll's cards: when each lands and the notes it brings. */
  landings: readonly Landing[];
}

/**
 * One desk's pile: always four sheets, shown or hidden (the pile changes often; nothing is rebuilt). It
 * holds the notes landed by the stage's time (stage-time.ts), as the flights draw them, less those she has
 * read: a card lands, then its note is on the pile until she reads it.
 */
const DeskPile = memo(
  function DeskPile({ figure, dim, read, landings }: DeskPileProps) {
    const landed = useSimulator((s) => notesLanded(landings, selectStageTime(s)));
    // What she has read is off the pile; a note she reads before its card lands is never on it.
    const pile = Math.max(0, landed - read);
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
  },
  // The landings are worked out afresh with each snapshot: a desk redraws only when they change.
  (a, b) =>
    a.figure === b.figure && a.dim === b.dim && a.read === b.read && sameLandings(a.landings, b.landings),
);
