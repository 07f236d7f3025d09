import { memo } from 'react';
import { shownName } from '../../shared/characters';
import type { Voice } from '../../shared/lang';
import type { TeacherLayout } from '../../viz/layout-types';
import { FONT } from '../../viz/stage-metrics';
import { word } from '../words';
import { rateLabel } from './labels';
import { sentLabel } from './messages';
import { TeacherTrouble, troubleLabel, type Trouble } from './teacher-trouble';
import { Selectable } from './selectable';

interface TeacherProps {
  layout: TeacherLayout;
  voice: Voice;
  recordsPerSec: number;
  sent: number;
  selected: boolean;
  onSelect: (id: string) => void;
  /** With several brokers: records waiting for copies, failed, and acknowledged then lost (on her board). */
  trouble?: Trouble;
}

/** The teacher (a producer) at her board, one arm out towards the machine the notes fly to. */
export const Teacher = memo(function Teacher({
  layout,
  voice,
  recordsPerSec,
  sent,
  selected,
  onSelect,
  trouble,
}: TeacherProps) {
  const { x, y, w } = layout.box;
  const shown = shownName(voice, 'producer', layout.id);
  const name = voice.words === 'kafka' ? `${word(voice, 'producer')} ${shown}` : shown;
  const rate = rateLabel(voice, recordsPerSec);
  return (
    <Selectable
      label={`${name}, ${rate}, ${sentLabel(voice, sent)}${trouble ? troubleLabel(voice, trouble) : ''}`}
      area={layout.box}
      selected={selected}
      onSelect={() => onSelect(layout.id)}
    >
      <g transform={`translate(${x}, ${y})`} aria-hidden="true">
        {/* The board, with a few lines of chalk. */}
        <rect className="stage-board-frame" x={4} y={10} width={116} height={84} rx={5} />
        <rect className="stage-board" x={9} y={15} width={106} height={74} rx={3} />
        <path className="stage-chalk" d="M20 32h52M20 46h70M20 60h40M20 74h58" />
        <rect className="stage-board-frame" x={30} y={94} width={64} height={5} rx={2} />
        {/* The teacher: hair, head, body, skirt, an arm reaching out. */}
        <path className="stage-hair" d="M134 40c0-15 10-22 20-22s20 7 20 22c-4-7-10-10-20-10s-16 3-20 10z" />
        <circle className="stage-skin" cx={154} cy={40} r={15} />
        <circle className="stage-eye" cx={149} cy={40} r={1.8} />
        <circle className="stage-eye" cx={160} cy={40} r={1.8} />
        <path className="stage-smile" d="M149 47q5 4 10 0" />
        <path className="stage-teacher-body" d="M138 60q16-8 32 0l8 60h-48z" />
        <path className="stage-teacher-arm" d="M166 64l24 14" />
        <circle className="stage-skin" cx={w - 8} cy={78} r={5} />
        <path className="stage-legs" d="M145 120v22M163 120v22" />
        <path className="stage-floor" d="M0 146h190" />
        {trouble ? <TeacherTrouble trouble={trouble} voice={voice} /> : null}
      </g>
      <text className="stage-name" x={x + w / 2} y={y + 170} textAnchor="middle" fontSize={FONT.title}>
        {name}
      </text>
      <text className="stage-sub tabular" x={x + w / 2} y={y + 190} textAnchor="middle" fontSize={FONT.body}>
        {rate}
      </text>
    </Selectable>
  );
});
