import { memo } from 'react';
import type { BrokerStatusView, TopicView } from '../../engine';
import type { Voice } from '../../shared/lang';
import type { Selection } from '../../store/simulator-store';
import type { MachineLayout } from '../../viz/layout-types';
import { FONT } from '../../viz/stage-metrics';
import { word } from '../words';
import { copyViews } from '../../viz/replicas';
import { machineName } from './messages';
import { copiesA11yName } from './replica-messages';
import { Selectable } from './selectable';
import { Shelf } from './shelf';

interface MachineProps {
  layout: MachineLayout;
  topic: TopicView;
  /** The class's brokers: with more than one, each shelf's accessible name lists its copies. */
  brokers: readonly BrokerStatusView[];
  voice: Voice;
  selection: Selection | null;
  onSelectTopic: (topic: string) => void;
  onSelectShelf: (topic: string, partition: number) => void;
}

/** The note-taking machine (a topic on the broker): a cabinet whose shelves are its partitions. */
export const Machine = memo(function Machine({
  layout,
  topic,
  brokers,
  voice,
  selection,
  onSelectTopic,
  onSelectShelf,
}: MachineProps) {
  const { box, header } = layout;
  const subtitle = word(voice, 'topic');
  const topicSelected = selection?.kind === 'topic' && selection.topic === topic.name;
  return (
    <g>
      <rect className="stage-machine" x={box.x} y={box.y} width={box.w} height={box.h} rx={14} />
      <Selectable
        label={machineName(voice, topic.name, topic.partitions.length)}
        area={{ x: header.x, y: header.y, w: header.w, h: header.h - 4 }}
        selected={topicSelected}
        onSelect={() => onSelectTopic(topic.name)}
      >
        {/* One text with two spans: the subtitle follows the title whatever the font's real widths. */}
        <text x={box.x + 16} y={box.y + 29}>
          <tspan className="stage-title" fontSize={FONT.caption}>
            {topic.name}
          </tspan>
          <tspan className="stage-muted" fontSize={FONT.body} dx={10}>
            {subtitle}
          </tspan>
        </text>
        <circle className="stage-machine-light" cx={box.x + box.w - 22} cy={box.y + 22} r={6} />
      </Selectable>
      {layout.shelves.map((shelf) => {
        const p = topic.partitions[shelf.partition];
        return (
          <Shelf
            key={shelf.partition}
            shelf={shelf}
            copies={brokers.length > 1 && p ? copiesA11yName(voice, copyViews(p, brokers)) : ''}
            voice={voice}
            selected={
              selection?.kind === 'partition' &&
              selection.topic === topic.name &&
              selection.partition === shelf.partition
            }
            onSelect={onSelectShelf}
          />
        );
      })}
    </g>
  );
});
