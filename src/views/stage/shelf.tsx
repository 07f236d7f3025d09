import { memo } from 'react';
import type { Voice } from '../../shared/lang';
import type { ShelfLayout } from '../../viz/layout-types';
import { FONT } from '../../viz/stage-metrics';
import { shelfName } from './labels';
import { shelfA11yName } from './messages';
import { Selectable } from './selectable';

interface ShelfProps {
  shelf: ShelfLayout;
  /** Its copies as a screen reader hears them ('' with one broker): see copiesA11yName. */
  copies: string;
  voice: Voice;
  selected: boolean;
  onSelect: (topic: string, partition: number) => void;
}

/**
 * One shelf (a partition) as furniture: its number, the board it stands on, and the area that selects
 * it. Its notes are drawn by ShelfTape on the layer above, which changes every frame while this does not.
 */
export const Shelf = memo(function Shelf({ shelf, copies, voice, selected, onSelect }: ShelfProps) {
  const { label, tape, fold } = shelf;
  const name = shelfName(voice, shelf.topic, shelf.partition);
  // The name stays put while notes arrive (a live number here would be re-announced on every note);
  // the inspector has the numbers. With several rooms it lists the copies, which the picture tells by
  // marks alone (the leader's band, a crossed-out tape): their states, and the log end of a copy out of
  // step only, as the text refresh samples them (twice a second at most), one clause per copy.
  const own = shelfA11yName(voice, name, shelf.topic);
  const a11y = copies === '' ? own : `${own}; ${copies}`;
  const boardY = tape.y + tape.h + 1;
  // data-shelf: end-to-end checks find a shelf's row by it (cards-clear.spec.ts).
  return (
    <g data-shelf={`${shelf.topic}/${shelf.partition}`}>
      <Selectable
        label={a11y}
        area={shelf.row}
        selected={selected}
        onSelect={() => onSelect(shelf.topic, shelf.partition)}
      >
        <g aria-hidden="true">
          <rect
            className="stage-shelf-board"
            x={fold.x - 4}
            y={boardY}
            width={tape.x + tape.w - fold.x + 8}
            height={4}
            rx={2}
          />
          <rect
            className="stage-shelf-badge"
            x={label.x}
            y={label.y + label.h / 2 - 15}
            width={label.w}
            height={30}
            rx={15}
          />
          <text
            className="stage-shelf-number tabular"
            x={label.x + label.w / 2}
            y={label.y + label.h / 2 + 7}
            textAnchor="middle"
            fontSize={FONT.number}
          >
            {shelf.partition}
          </text>
        </g>
      </Selectable>
    </g>
  );
});
