import { memo } from 'react';
import type { MemberActivity } from '../../engine';
import type { Box } from '../../viz/geometry';

interface StudentFigureProps {
  figure: Box;
  activity: MemberActivity;
  /** Shirt colour: the group's. */
  color: string;
  /** Varies the hair so a row of students does not look cloned. */
  variant: number;
}

/** The figure's design box is 48 units wide (the pile of notes on her desk is drawn in it too). */
export const DESIGN_W = 48;

/**
 * A student at a desk, drawn in a 48x70 design box and scaled to the desk's size: a few flat shapes.
 * Asleep: eyes closed and head tipped; gone: an empty chair. The notes she fetched lie on the desk in
 * the stage's overlay (desk-piles.tsx).
 */
export const StudentFigure = memo(function StudentFigure({
  figure,
  activity,
  color,
  variant,
}: StudentFigureProps) {
  const k = figure.w / DESIGN_W;
  const asleep = activity === 'asleep';
  const gone = activity === 'crashed' || activity === 'out';
  const hair =
    variant % 3 === 0
      ? 'M12 17c0-10 6-14 12-14s12 4 12 14c-3-5-7-7-12-7s-9 2-12 7z'
      : variant % 3 === 1
        ? 'M11 20c-1-12 5-17 13-17s14 5 13 17l-3-7c-3 2-7 3-10 3s-8-1-10-3z'
        : 'M13 14c2-8 8-10 11-10s9 2 11 10c-5-3-17-3-22 0zM14 10l-3-4M34 10l3-4';
  return (
    <g
      transform={`translate(${figure.x}, ${figure.y}) scale(${k})`}
      aria-hidden="true"
      className="stage-student"
    >
      {gone ? (
        <path className="stage-student-gone" d="M12 30h24v22H12zM24 6a10 10 0 1 1 0 20a10 10 0 1 1 0-20z" />
      ) : (
        <g className={asleep ? 'stage-student-body stage-student-body--asleep' : 'stage-student-body'}>
          <g transform={asleep ? 'rotate(-16 24 27)' : undefined}>
            <circle className={variant % 2 ? 'stage-skin-2' : 'stage-skin'} cx={24} cy={16} r={11} />
            <path className="stage-hair" d={hair} />
            {asleep ? (
              <path className="stage-eye-closed" d="M17 17q2.5 2 5 0M26 17q2.5 2 5 0" />
            ) : (
              <>
                <circle className="stage-eye" cx={20} cy={17} r={1.6} />
                <circle className="stage-eye" cx={28} cy={17} r={1.6} />
              </>
            )}
          </g>
          <rect x={10} y={29} width={28} height={26} rx={9} fill={color} />
        </g>
      )}
      <rect className="stage-desk" x={0} y={48} width={48} height={7} rx={2} />
      <path className="stage-desk-legs" d="M5 55v15M43 55v15" />
    </g>
  );
});
