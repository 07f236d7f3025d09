import { useLang } from '../../store/prefs';
import { messages } from './messages';
import { SettingChoice, SettingField } from './sandbox-fields';
import type { Acks, ClusterRow, OnOff, ProducerRow, SandboxForm, TopicRow } from './scenario-form';

type Messages = ReturnType<typeof messages>;

/**
 * With several brokers the form shows each topic's copies and each teacher's acks. With one (the default)
 * they would only be noise: a field already holding a value still shows, so nothing set is hidden.
 */
export function replicated(form: SandboxForm): boolean {
  const n = Number(form.cluster.brokers.trim());
  return Number.isFinite(n) && n > 1;
}

/** The cluster: how many machines (brokers), and the broker's settings of replication. */
export function ClusterSection({ form, onChange }: { form: SandboxForm; onChange(form: SandboxForm): void }) {
  const m = messages(useLang());
  const set = (patch: Partial<ClusterRow>): void =>
    onChange({ ...form, cluster: { ...form.cluster, ...patch } });
  const { cluster } = form;
  const more = replicated(form);
  return (
    <section className="sandbox-section" aria-labelledby="sandbox-cluster">
      <h2 id="sandbox-cluster">{m.clusterHeading}</h2>
      <div className="sandbox-row__fields">
        <SettingField
          label={m.brokers}
          path="brokers"
          value={cluster.brokers}
          numeric
          placeholder="1"
          hint={m.brokersHint}
          wide
          onChange={(v) => set({ brokers: v })}
        />
        {more || cluster.minInsyncReplicas !== '' ? (
          <SettingField
            label={m.brokerMinIsr}
            path="broker.minInsyncReplicas"
            value={cluster.minInsyncReplicas}
            numeric
            placeholder="1"
            hint={m.brokerMinIsrHint}
            wide
            onChange={(v) => set({ minInsyncReplicas: v })}
          />
        ) : null}
        {more || cluster.replicaLagTimeMaxMs !== '' ? (
          <SettingField
            label={m.replicaLag}
            path="broker.replicaLagTimeMaxMs"
            value={cluster.replicaLagTimeMaxMs}
            numeric
            placeholder="30000"
            hint={m.replicaLagHint}
            wide
            onChange={(v) => set({ replicaLagTimeMaxMs: v })}
          />
        ) : null}
        {more || cluster.uncleanLeaderElectionEnable !== '' ? (
          <SettingChoice<OnOff>
            label={m.unclean}
            path="broker.uncleanLeaderElectionEnable"
            value={cluster.uncleanLeaderElectionEnable}
            options={uncleanOptions(m)}
            onChange={(v) => set({ uncleanLeaderElectionEnable: v })}
          />
        ) : null}
      </div>
    </section>
  );
}

/** A topic's copies (replication factor) and `min.insync.replicas`. */
export function TopicReplicationFields(props: {
  row: TopicRow;
  at: string;
  shown: boolean;
  onChange(patch: Partial<TopicRow>): void;
}) {
  const m = messages(useLang());
  const { row, at, onChange } = props;
  return (
    <>
      {props.shown || row.replicationFactor !== '' ? (
        <SettingField
          label={m.replicationFactor}
          path={`${at}.replicationFactor`}
          value={row.replicationFactor}
          numeric
          placeholder="1"
          hint={m.replicationFactorHint}
          onChange={(v) => onChange({ replicationFactor: v })}
        />
      ) : null}
      {props.shown || row.minInsyncReplicas !== '' ? (
        <SettingField
          label={m.topicMinIsr}
          path={`${at}.minInsyncReplicas`}
          value={row.minInsyncReplicas}
          numeric
          hint={m.topicMinIsrHint}
          onChange={(v) => onChange({ minInsyncReplicas: v })}
        />
      ) : null}
    </>
  );
}

/** What a teacher waits for before a note counts as written: acks, idempotence, delivery timeout. */
export function ProducerDeliveryFields(props: {
  row: ProducerRow;
  at: string;
  shown: boolean;
  onChange(patch: Partial<ProducerRow>): void;
}) {
  const m = messages(useLang());
  const { row, at, onChange } = props;
  return (
    <>
      {props.shown || row.acks !== '' ? (
        <SettingChoice<Acks>
          label={m.acks}
          path={`${at}.acks`}
          value={row.acks}
          options={acksOptions(m)}
          onChange={(v) => onChange({ acks: v })}
        />
      ) : null}
      {props.shown || row.enableIdempotence !== '' ? (
        <SettingChoice<OnOff>
          label={m.idempotence}
          path={`${at}.enableIdempotence`}
          value={row.enableIdempotence}
          options={idempotenceOptions(m)}
          onChange={(v) => onChange({ enableIdempotence: v })}
        />
      ) : null}
      {props.shown || row.deliveryTimeoutMs !== '' ? (
        <SettingField
          label={m.deliveryTimeout}
          path={`${at}.deliveryTimeoutMs`}
          value={row.deliveryTimeoutMs}
          numeric
          placeholder="120000"
          hint={m.deliveryTimeoutHint}
          onChange={(v) => onChange({ deliveryTimeoutMs: v })}
        />
      ) : null}
    </>
  );
}

type Options<T extends string> = readonly { value: T | ''; label: string }[];

/** Kafka's values; the empty one stands for Kafka's default (acks all since Kafka 3.0, KIP-679). */
function acksOptions(m: Messages): Options<Acks> {
  return [
    { value: '', label: m.kafkaDefault('all') },
    { value: '0', label: m.acks0 },
    { value: '1', label: m.acks1 },
    { value: 'all', label: m.acksAll },
  ];
}

/** Idempotence is on by default since Kafka 3.0, and off by itself when acks is not all. */
function idempotenceOptions(m: Messages): Options<OnOff> {
  return [
    { value: '', label: m.idempotenceDefault },
    { value: 'true', label: m.idempotenceOn },
    { value: 'false', label: m.idempotenceOff },
  ];
}

function uncleanOptions(m: Messages): Options<OnOff> {
  return [
    { value: '', label: m.kafkaDefault('false') },
    { value: 'false', label: m.uncleanOff },
    { value: 'true', label: m.uncleanOn },
  ];
}
