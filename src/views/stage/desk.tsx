import { memo } from 'react';
import type { MemberActivity } from '../../engine';
import type { Voice } from '../../shared/lang';
import type { DeskDensity, DeskLayout } from '../../viz/layout-types';
import { FONT } from '../../viz/stage-metrics';
import { textWidth } from '../../viz/text-width';
import {
  activityLabel,
  memberName,
  nameWithText,
  processedLabel,
  rateLabel,
  shelvesLine,
  shelvesLineShort,
} from './labels';
import { deskLag, deskLagTiny, lagClass, lagWhy, memberLag } from './desk-lag';
import { shortRateLabel } from './messages';
import { Selectable } from './selectable';
import { SleepZeds } from './sleep-zeds';
import { StudentFigure } from './student-figure';
import './desk-lag.css';

export interface DeskProps {
  layout: DeskLayout;
  density: DeskDensity;
  group: string;
  member: string;
  activity: MemberActivity;
  recordsPerSec: number;
  /** Partitions as "topic-p" strings joined, so the memo compares a string, not a fresh array. */
  assignment: string;
  processed: number;
  lag: number;
  /** Whether she has a bookmark (a committed offset) on a shelf she reads; before her first the backlog is "-". */
  committed: boolean;
  color: string;
  variant: number;
  voice: Voice;
  reduced: boolean;
  selected: boolean;
  onSelect: (group: string, member: string) => void;
}

function parseAssignment(s: string): [string, number][] {
  if (s === '') return [];
  return s.split(',').map((tp) => {
    const i = tp.lastIndexOf('-');
    return [tp.slice(0, i), Number(tp.slice(i + 1))];
  });
}

/** A student at her desk: who she is, what she is doing, how fast, which shelves, how much read, how far behind. */
export const Desk = memo(function Desk(p: DeskProps) {
  const { layout, density, voice } = p;
  const { box, figure, textX } = layout;
  const dim = p.activity === 'asleep' || p.activity === 'crashed' || p.activity === 'out';
  const status = activityLabel(voice, p.activity);
  const right = box.x + box.w - 10;
  const textW = right - textX;
  // Beside "27 read" the backlog says it counts from the bookmark; alone on a smaller desk it is shorter,
  // and shorter still where that would not fit beside her name ("12 de más" for "12 tras el final").
  const lagTiny = deskLagTiny(voice, p.lag, p.committed);
  const besideName = (t: string): boolean =>
    textWidth(p.member, FONT.number, true) + textWidth(t, FONT.number, true) + 12 <= textW;
  const lagPlain = deskLag(voice, p.lag, p.committed, false);
  const lagShort =
    density === 'mini'
      ? lagTiny
      : density === 'compact'
        ? ([lagPlain, lagTiny].find(besideName) ?? lagPlain)
        : lagPlain;
  const read = processedLabel(voice, p.processed);
  const lagLong =
    [deskLag(voice, p.lag, p.committed, true), lagShort].find(
      (t) => textWidth(read, FONT.body) + 12 + textWidth(t, FONT.number, true) <= box.w - 20,
    ) ?? lagTiny;
  // The tooltip sits on a group around the text, so the text itself reads only "bookmark 3 behind".
  const why = <title>{lagWhy(voice, p.lag, p.committed)}</title>;
  const lagStyle = lagClass(p.lag, p.committed);
  // The status line, shortened where it would spill out of the desk: "idle, no partitions" → "idle" (the
  // line below says which shelves), "caught up · 0.25/s" → "caught up".
  const bold = dim || p.activity === 'rebalancing' || p.activity === 'finishing';
  const fit = (...texts: string[]): string =>
    texts.find((t) => textWidth(t, FONT.body, bold) <= textW) ?? texts[texts.length - 1]!;
  const short = status.split(', ')[0]!;
  // Narrower still (a Spanish "terminando sus apuntes" on a compact desk): the first word says it.
  const tiny = short.split(' ')[0]!;
  const compactTight = !besideName(lagShort);
  // A tight compact desk's second line: the backlog, then the status's first words where they fit.
  const tightStatus = textWidth(`${lagShort} · ${short}`, FONT.number, true) <= textW ? short : '';
  const rate = rateLabel(voice, p.recordsPerSec);
  const assigned = parseAssignment(p.assignment);
  // Kafka words name every partition ("notes-0, notes-1, notes-2, notes-3"): too long for one desk line,
  // it names the topic once ("notes 0, 1, 2, 3"), then only the numbers.
  const shelves =
    [shelvesLine(voice, assigned), ...shelvesLineShort(voice, assigned)].find(
      (t) => textWidth(t, FONT.body) <= textW,
    ) ?? shelvesLineShort(voice, assigned).at(-1)!;
  const roomyStatus = fit(status, short, tiny);
  const compactStatus = fit(
    `${status} · ${shortRateLabel(voice, p.recordsPerSec)}`,
    status,
    `${short} · ${shortRateLabel(voice, p.recordsPerSec)}`,
    short,
    tiny,
  );
  // What the desk shows that holds still while notes come and go, so its name holds its visible label and
  // text (WCAG 2.5.3, label in name) without a figure that changes with every note: the backlog and the
  // count read are its description (a screen reader re-announces a focused part whose name changes).
  const shown =
    density === 'roomy'
      ? [p.member, roomyStatus, rate, shelves]
      : density === 'compact'
        ? [p.member, compactTight ? tightStatus : compactStatus]
        : [p.member];
  const figures = density === 'roomy' ? [read] : [];
  return (
    <Selectable
      label={nameWithText(memberName(voice, p.member, p.activity), shown)}
      description={nameWithText(memberLag(voice, p.lag, p.committed), figures)}
      area={box}
      selected={p.selected}
      onSelect={() => p.onSelect(p.group, p.member)}
      className={dim ? 'stage-desk-card stage-desk-card--dim' : 'stage-desk-card'}
    >
      <rect className="stage-desk-bg" x={box.x} y={box.y} width={box.w} height={box.h} rx={8} />
      <StudentFigure figure={figure} activity={p.activity} color={p.color} variant={p.variant} />
      {p.activity === 'asleep' ? (
        <SleepZeds head={layout.head} scale={figure.w / 48} reduced={p.reduced} />
      ) : null}
      <g aria-hidden="true">
        {density === 'roomy' ? (
          <>
            <text className="stage-name" x={textX} y={box.y + 23} fontSize={FONT.title}>
              {p.member}
            </text>
            <text
              className={`stage-status stage-status--${p.activity}`}
              x={textX}
              y={box.y + 43}
              fontSize={FONT.body}
            >
              {roomyStatus}
            </text>
            <text className="stage-sub tabular" x={textX} y={box.y + 62} fontSize={FONT.body}>
              {rate}
            </text>
            <text className="stage-sub" x={textX} y={box.y + 81} fontSize={FONT.body}>
              {shelves}
            </text>
            <text className="stage-sub tabular" x={box.x + 10} y={box.y + 101} fontSize={FONT.body}>
              {read}
            </text>
            <g>
              {why}
              <text className={lagStyle} x={right} y={box.y + 101} textAnchor="end" fontSize={FONT.number}>
                {lagLong}
              </text>
            </g>
          </>
        ) : density === 'compact' ? (
          <>
            <text className="stage-name" x={textX} y={box.y + 24} fontSize={FONT.number}>
              {p.member}
            </text>
            {/* A long name leaves no room for the backlog beside it: then it leads the second line. */}
            {compactTight ? null : (
              <g>
                {why}
                <text className={lagStyle} x={right} y={box.y + 24} textAnchor="end" fontSize={FONT.number}>
                  {lagShort}
                </text>
              </g>
            )}
            <text
              className={`stage-status stage-status--${p.activity}`}
              x={textX}
              y={box.y + 46}
              fontSize={FONT.body}
            >
              {compactTight ? (
                <>
                  <tspan className={lagStyle} fontSize={FONT.number}>
                    {lagShort}
                  </tspan>
                  {tightStatus === '' ? null : ` · ${tightStatus}`}
                </>
              ) : (
                compactStatus
              )}
            </text>
          </>
        ) : (
          <>
            <text className="stage-name" x={textX} y={box.y + 20} fontSize={FONT.mini}>
              {p.member}
            </text>
            <g>
              {why}
              <text className={lagStyle} x={textX} y={box.y + 39} fontSize={FONT.mini}>
                {lagShort}
              </text>
            </g>
          </>
        )}
      </g>
    </Selectable>
  );
});
