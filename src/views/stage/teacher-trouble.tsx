import { formatCount } from '../../shared/format-number';
import type { Voice } from '../../shared/lang';
import { FONT } from '../../viz/stage-metrics';
import { textWidth } from '../../viz/text-width';
import { producerTroubleWords } from './replica-messages';

/** A producer's records that did not simply go through (replication): from its snapshot. */
export interface Trouble {
  /** Waiting for a leader or for enough in-sync copies: the teacher visibly waits. */
  readonly waiting: number;
  /** Given up after delivery.timeout.ms. */
  readonly failed: number;
  /** Acknowledged, then cut away by a leader change. */
  readonly lost: number;
}

function lines(voice: Voice, t: Trouble): { n: string; word: string; kind: keyof Trouble }[] {
  const words = producerTroubleWords(voice, t);
  return (['waiting', 'failed', 'lost'] as const)
    .filter((k) => t[k] > 0)
    .map((k) => ({ n: formatCount(voice.lang, t[k]), word: words[k], kind: k }));
}

/** The words the teacher's accessible name adds: ", 12 waiting, 2 lost" ('' when all is well). */
export function troubleLabel(voice: Voice, t: Trouble): string {
  return lines(voice, t)
    .map((l) => `, ${l.n} ${l.word}`)
    .join('');
}

/**
 * What the teacher writes on her board when notes do not simply go through: how many wait for copies
 * (the producer retrying NOT_ENOUGH_REPLICAS or waiting for a leader), how many failed after
 * delivery.timeout.ms, how many acknowledged notes a leader change lost. Nothing when all is well, so a
 * class whose notes flow keeps its plain board. Drawn in the teacher's own coordinates (teacher.tsx).
 */
export function TeacherTrouble({ trouble, voice }: { trouble: Trouble; voice: Voice }) {
  const shown = lines(voice, trouble);
  if (shown.length === 0) return null;
  const width = Math.max(
    112,
    ...shown.map((l) => textWidth(l.n, FONT.number, true) + textWidth(` ${l.word}`, FONT.small) + 14),
  );
  const step = shown.length === 3 ? 24 : 28;
  const top = 52 - (shown.length * step) / 2;
  return (
    <g className={`stage-trouble${trouble.waiting > 0 ? ' stage-trouble--waiting' : ''}`}>
      <rect x={6} y={12} width={width} height={80} rx={5} />
      {shown.map((l, i) => (
        <text
          key={l.kind}
          className={`stage-trouble-${l.kind}`}
          x={13}
          y={top + (i + 1) * step - 6}
          fontSize={FONT.small}
        >
          <tspan className="stage-trouble-number tabular" fontSize={FONT.number}>
            {l.n}
          </tspan>
          <tspan fontSize={FONT.small}>{` ${l.word}`}</tspan>
        </text>
      ))}
    </g>
  );
}
