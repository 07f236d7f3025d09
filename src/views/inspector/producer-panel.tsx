import type { ProducerView, Snapshot } from '../../engine';
import { formatCount } from '../../shared/format-number';
import type { Voice } from '../../shared/lang';
import { useSimulatorStore } from '../../store/context';
import { ThroughputChart } from '../charts/throughput-chart';
import { word } from '../words';
import { Facts } from './facts';
import { capitalize } from './labels';
import { messages } from './messages';
import { PanelHeading } from './panel-heading';
import { MIN_RECORDS_PER_SEC } from '../../runtime/kafka-settings';
import { MAX_TYPED_RATE } from '../typed-rate';
import { RateControl } from './rate-control';
import { shownName } from '../../shared/characters';
import { ProducerAcks } from './producer-acks';
import { isReplicated } from './replication-labels';

/** The teacher (producer): how fast she speaks and how much she has said. */
export function ProducerPanel({
  producer,
  snapshot,
  voice,
}: {
  producer: ProducerView;
  snapshot: Snapshot;
  voice: Voice;
}) {
  const store = useSimulatorStore();
  const { lang, words } = voice;
  const m = messages(lang);
  return (
    <>
      <PanelHeading
        kicker={capitalize(word(voice, 'producer'))}
        title={shownName(voice, 'producer', producer.id)}
      />
      <Facts
        items={[
          { label: m.sent[words], value: formatCount(lang, producer.sent) },
          { label: m.writesInto[words], value: producer.topic },
        ]}
      />
      {isReplicated(snapshot) ? <ProducerAcks producer={producer} voice={voice} /> : null}
      <RateControl
        label={m.producerRate[words]}
        unit={m.perSecond[words]}
        value={producer.recordsPerSec}
        min={0}
        sliderMax={50}
        max={MAX_TYPED_RATE}
        step={0.5}
        slowest={MIN_RECORDS_PER_SEC}
        onCommit={(recordsPerSec) =>
          store.getState().command({ type: 'setProducerRate', producer: producer.id, recordsPerSec })
        }
      />
      <ThroughputChart />
    </>
  );
}
