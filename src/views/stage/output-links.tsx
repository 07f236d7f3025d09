import { memo } from 'react';
import type { StageLayout } from '../../viz/layout-types';
import type { GroupStyle } from './group-style';

interface OutputLinksProps {
  layout: StageLayout;
  outputs: ReadonlyMap<string, string>;
  styles: ReadonlyMap<string, GroupStyle>;
}

/**
 * A faint dashed path from a translating group to the machine it writes (its output topic), so the
 * second stage reads as caused by the first even while nothing is in flight.
 */
export const OutputLinks = memo(function OutputLinks({ layout, outputs, styles }: OutputLinksProps) {
  return (
    <g aria-hidden="true">
      {layout.groups.map((g) => {
        const topic = outputs.get(g.id);
        const machine = layout.machines.find((m) => m.topic === topic);
        if (!machine) return null;
        const from = { x: g.box.x, y: g.box.y + g.box.h - 18 };
        const to = { x: machine.box.x + machine.box.w, y: machine.box.y + 24 };
        const d = `M${from.x} ${from.y}C${from.x - 40} ${from.y} ${to.x + 50} ${to.y} ${to.x + 6} ${to.y}`;
        return (
          <g key={g.id}>
            <path className="stage-output-link" d={d} stroke={styles.get(g.id)?.color} />
            <path
              className="stage-output-arrow"
              d={`M${to.x + 6} ${to.y}l10 -6v12z`}
              fill={styles.get(g.id)?.color}
            />
          </g>
        );
      })}
    </g>
  );
});
