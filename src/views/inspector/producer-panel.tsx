import { format } from 'd3-format';
import type { ProducerView } from '../../engine';
import { useSimulatorStore } from '../../store/context';
import type { Words } from '../../store/simulator-store';
import { ThroughputChart } from '../charts/throughput-chart';
import { word } from '../words';
import { Facts } from './facts';
import { capitalize } from './labels';
import { PanelHeading } from './panel-heading';
import { RateControl } from './rate-control';

const count = format(',d');

/** The teacher (producer): how fast she speaks and how much she has said. */
export function ProducerPanel({ producer, words }: { producer: ProducerView; words: Words }) {
  const store = useSimulatorStore();
  const kafka = words === 'kafka';
  return (
    <>
      <PanelHeading kicker={capitalize(word(words, 'producer'))} title={producer.id} />
      <Facts
        items={[
          { label: kafka ? 'Records sent' : 'Notes said', value: count(producer.sent) },
          { label: kafka ? 'Topic' : 'Writes into', value: producer.topic },
        ]}
      />
      <RateControl
        label={kafka ? 'Send rate' : 'Speaking pace'}
        unit={kafka ? 'records per second' : 'notes per second'}
        value={producer.recordsPerSec}
        min={0}
        sliderMax={50}
        max={50}
        step={0.5}
        onCommit={(recordsPerSec) =>
          store.getState().command({ type: 'setProducerRate', producer: producer.id, recordsPerSec })
        }
      />
      <ThroughputChart />
    </>
  );
}
