import { memo } from 'react';
import type { GroupView } from '../../engine';
import { shownName } from '../../shared/characters';
import type { Voice } from '../../shared/lang';
import type { Selection } from '../../store/simulator-store';
import type { DeskDensity, GroupLayout } from '../../viz/layout-types';
import { memberLag, shownActivity } from '../../viz/shelf-marks';
import { FONT } from '../../viz/stage-metrics';
import { textWidth, wrapItemsBreaking } from '../../viz/text-width';
import { word } from '../words';
import { Desk } from './desk';
import type { GroupStyle } from './group-style';
import { assignmentItem, groupStateLabel, lagLabel } from './labels';
import { stageMessages } from './messages';
import { Selectable } from './selectable';

interface GroupBoxProps {
  layout: GroupLayout;
  group: GroupView;
  style: GroupStyle;
  density: DeskDensity;
  voice: Voice;
  reduced: boolean;
  selection: Selection | null;
  onSelectGroup: (group: string) => void;
  onSelectMember: (group: string, member: string) => void;
}

/**
 * Whether a member has a bookmark (committed offset) on any shelf she reads, or reads none: only then does
 * her desk print a backlog; before her first commit it says so, as Kafka's tools print "-".
 */
function hasBookmark(group: GroupView, member: string): boolean {
  const owned = group.offsets.filter((o) => o.owner === member);
  return owned.length === 0 || owned.some((o) => o.committed !== null);
}

/**
 * A study group (consumer group): a box in the group's colour with its tag and name, a caption saying who
 * reads which shelves, and a desk per member.
 */
export const GroupBox = memo(function GroupBox({
  layout,
  group,
  style,
  density,
  voice,
  reduced,
  selection,
  onSelectGroup,
  onSelectMember,
}: GroupBoxProps) {
  const { box, header, caption } = layout;
  const members = group.members.filter((m) => m.inGroup);
  const committedOf = (topic: string, partition: number): number | null =>
    group.offsets.find((o) => o.topic === topic && o.partition === partition)?.committed ?? null;
  let items = members.map((m) => assignmentItem(voice, m.id, m.assignment, committedOf));
  // In a narrow box "ana: shelves 0, 1" becomes "ana: 0, 1": the numbers are the shelves' badges.
  if (items.some((it) => textWidth(it, FONT.body) * 1.1 > caption.w)) {
    items = members.map((m) => assignmentItem(voice, m.id, m.assignment, committedOf, true));
  }
  const wrap = (list: string[]): string[] =>
    wrapItemsBreaking(
      list.length ? list : [stageMessages(voice.lang).nobodyReading],
      ' · ',
      caption.w,
      FONT.body,
    );
  let lines = wrap(items);
  // More lines than the box keeps: the short form ("ana: 0, 1") before any line is cut.
  if (lines.length > layout.captionLines)
    lines = wrap(members.map((m) => assignmentItem(voice, m.id, m.assignment, committedOf, true)));
  const shown = lines.slice(0, layout.captionLines);
  if (lines.length > shown.length) shown[shown.length - 1] = `${shown[shown.length - 1]} …`;
  const groupName = shownName(voice, 'group', group.id);
  const name = `${word(voice, 'group')} ${groupName}`;
  const state = groupStateLabel(voice, group.state, group.generation);
  // The longest telling that fits: state and backlog, then the state alone (the desks show backlogs).
  // In Kafka words the last resort is the bare state name; classroom words never fall back to Kafka's.
  const shortest = voice.words === 'kafka' ? group.state : state;
  const statusLine =
    [`${state} · ${lagLabel(voice, group.totalLag)}`, state, shortest].find(
      (t) => textWidth(t, FONT.body, group.state !== 'Stable') <= layout.status.w,
    ) ?? shortest;
  const selected = selection?.kind === 'group' && selection.group === group.id;
  // data-topics: what the group reads, for end-to-end checks (cards-clear.spec.ts).
  return (
    <g data-group={group.id} data-topics={group.topics.join(' ')}>
      <rect
        className="stage-group"
        x={box.x}
        y={box.y}
        width={box.w}
        height={box.h}
        rx={12}
        stroke={style.color}
      />
      <Selectable
        label={`${name}, ${state}`}
        area={{ x: header.x + 2, y: header.y + 2, w: header.w - 4, h: header.h - 4 }}
        selected={selected}
        onSelect={() => onSelectGroup(group.id)}
      >
        <path
          className="stage-group-band"
          d={`M${box.x} ${box.y + header.h - 2}V${box.y + 12}a12 12 0 0 1 12-12h${box.w - 24}a12 12 0 0 1 12 12V${box.y + header.h - 2}z`}
          fill={style.color}
        />
        <circle cx={box.x + 26} cy={box.y + 26} r={15} fill={style.color} className="stage-group-tag" />
        <text
          x={box.x + 26}
          y={box.y + 31}
          textAnchor="middle"
          fill={style.ink}
          fontSize={FONT.small}
          className="stage-tag-text"
        >
          {style.tag}
        </text>
        <text className="stage-title" x={box.x + 50} y={box.y + 33} fontSize={FONT.caption}>
          {groupName}
        </text>
      </Selectable>
      <text
        className={group.state === 'Stable' ? 'stage-muted' : 'stage-group-state--busy'}
        x={layout.status.x}
        y={layout.status.y + 15}
        fontSize={FONT.body}
      >
        {statusLine}
      </text>
      {shown.map((line, i) => (
        <text
          key={i}
          className="stage-caption-line"
          x={caption.x}
          y={caption.y + 15 + i * 21}
          fontSize={FONT.body}
        >
          {line}
        </text>
      ))}
      {layout.desks.map((d, i) => {
        const m = group.members.find((x) => x.memberId === d.memberId);
        if (!m) return null;
        return (
          <Desk
            key={m.memberId}
            layout={d}
            density={density}
            group={group.id}
            member={m.id}
            activity={shownActivity(group, m)}
            recordsPerSec={m.recordsPerSec}
            assignment={m.assignment.map(([t, p]) => `${t}-${p}`).join(',')}
            processed={m.processed}
            lag={memberLag(group, m.id)}
            committed={hasBookmark(group, m.id)}
            color={style.color}
            variant={i + layout.index}
            voice={voice}
            reduced={reduced}
            selected={
              selection?.kind === 'member' && selection.group === group.id && selection.member === m.id
            }
            onSelect={onSelectMember}
          />
        );
      })}
    </g>
  );
});
