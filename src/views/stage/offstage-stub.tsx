import { memo } from 'react';
import type { TopicView } from '../../engine';
import { formatCount } from '../../shared/format-number';
import type { Voice } from '../../shared/lang';
import type { OffstageLayout } from '../../viz/layout-types';
import { FONT } from '../../viz/stage-metrics';
import { word } from '../words';
import { stageMessages } from './messages';

interface OffstageStubProps {
  layout: OffstageLayout;
  topic: TopicView;
  voice: Voice;
}

/**
 * A machine presenter mode left off the stage to keep the rest legible (a translator's output nobody
 * reads): a dashed card in the teacher's column with its name, what it is, how many notes it holds and
 * that it is not drawn, so the picture never pretends it does not exist.
 */
export const OffstageStub = memo(function OffstageStub({ layout, topic, voice }: OffstageStubProps) {
  const { x, y, w, h } = layout.box;
  const held = topic.partitions.reduce((n, p) => n + p.logEndOffset - p.logStartOffset, 0);
  const m = stageMessages(voice.lang);
  const count = `${formatCount(voice.lang, held)} ${word(voice, held === 1 ? 'record' : 'records')}`;
  const what = word(voice, 'topic');
  const notDrawn = m.notDrawn;
  return (
    <g className="stage-offstage" role="img" aria-label={`${topic.name}, ${what}: ${count}, ${notDrawn}`}>
      <rect className="stage-offstage-card" x={x} y={y} width={w} height={h} rx={12} />
      <g aria-hidden="true">
        <text className="stage-title" x={x + 12} y={y + 26} fontSize={FONT.title}>
          {topic.name}
        </text>
        <text className="stage-muted" x={x + 12} y={y + 50} fontSize={FONT.body}>
          {what}
        </text>
        <text className="stage-offstage-count tabular" x={x + 12} y={y + 78} fontSize={FONT.number}>
          {count}
        </text>
        <text className="stage-muted" x={x + 12} y={y + 104} fontSize={FONT.body}>
          {notDrawn}
        </text>
      </g>
    </g>
  );
});
