import type { Point } from '../../viz/geometry';
import { useSimulator } from '../../store/context';
import { selectRenderTime } from '../../store/selectors';
import { sleepZeds } from '../../viz/time-fades';

/** The "z z z" above a sleeping student, rising with simulated time (still when paused). */
export function SleepZeds({ head, scale, reduced }: { head: Point; scale: number; reduced: boolean }) {
  const renderTime = useSimulator(selectRenderTime);
  return (
    <g aria-hidden="true" className="stage-zeds">
      {sleepZeds(head, renderTime, reduced).map((z, i) => (
        <text key={i} x={z.x} y={z.y} fontSize={z.size * scale} opacity={z.opacity}>
          z
        </text>
      ))}
    </g>
  );
}
