import type { ProducerView } from '../../engine';
import { formatCount } from '../../shared/format-number';
import type { Voice } from '../../shared/lang';
import { Facts } from './facts';
import { replicationMessages } from './replication-messages';
import { StatusLine } from './status-line';

/**
 * What a teacher (producer) waits for and what came of it, with several brokers: acks and idempotence,
 * records acknowledged, waiting to be retried, failed after delivery.timeout.ms, and acknowledged but lost
 * in a leader change (acks=1, or an unclean election), written twice (a retry without idempotence).
 */
export function ProducerAcks({ producer, voice }: { producer: ProducerView; voice: Voice }) {
  const { lang, words } = voice;
  const r = replicationMessages(lang);
  const count = (n: number): string => formatCount(lang, n);
  return (
    <>
      {producer.blocked ? <StatusLine text={r.blocked[words]} tone="trouble" /> : null}
      <Facts
        items={[
          { label: r.acks[words], value: r.acksValue(words, producer.acks) },
          { label: r.idempotence[words], value: producer.enableIdempotence ? r.on : r.off },
          { label: r.acknowledged[words], value: count(producer.acknowledged) },
          { label: r.waiting[words], value: count(producer.waiting) },
          { label: r.failed[words], value: count(producer.failed) },
          { label: r.lostAcknowledged[words], value: count(producer.lostAcknowledged) },
          ...(producer.duplicatesWritten > 0 || !producer.enableIdempotence
            ? [{ label: r.duplicatesWritten[words], value: count(producer.duplicatesWritten) }]
            : []),
        ]}
      />
    </>
  );
}
