import type { BrokerStatusView, PartitionView, Snapshot } from '../../engine';
import type { Voice } from '../../shared/lang';
import { roomName } from '../stage/replica-messages';
import type { StatusTone } from './status-line';

/**
 * What the inspector says about replication (issue 14): a partition's health as kafka-ui shows it
 * (under-replicated: fewer in-sync replicas than replicas; offline: no leader), a broker's status, and what
 * a broker holds. With one broker none of it is shown: the class reads as it did before brokers existed.
 */

/** More than one broker: the inspector shows copies, leaders and acks. */
export function isReplicated(snapshot: Snapshot): boolean {
  return snapshot.brokers.length > 1;
}

export type PartitionHealth = 'ok' | 'under-replicated' | 'offline';

/**
 * kafka-ui's two warnings: no leader (offline), or fewer in-sync replicas than replicas (under-replicated).
 * A leader on a crashed broker the controller has not fenced yet counts as none: nobody can reach it, so
 * nothing is written or read (the engine keeps Kafka's view, leader and ISR unchanged, for those 9 s).
 */
export function partitionHealth(p: PartitionView, brokers: readonly BrokerStatusView[]): PartitionHealth {
  if (p.leader === null || brokers.find((b) => b.id === p.leader)?.status !== 'up') return 'offline';
  return p.isr.length < p.replicas.length ? 'under-replicated' : 'ok';
}

export function healthTone(h: PartitionHealth): StatusTone {
  return h === 'ok' ? 'active' : h === 'offline' ? 'trouble' : 'moving';
}

/** What one broker holds: partitions it leads, copies (replicas) it keeps, and how many of those are in sync. */
export interface BrokerHoldings {
  readonly leads: number;
  readonly copies: number;
  readonly inSync: number;
}

export function holdingsOf(snapshot: Snapshot, broker: number): BrokerHoldings {
  let leads = 0;
  let copies = 0;
  let inSync = 0;
  for (const t of snapshot.topics) {
    for (const p of t.partitions) {
      if (p.leader === broker) leads += 1;
      if (p.replicas.includes(broker)) copies += 1;
      if (p.isr.includes(broker)) inSync += 1;
    }
  }
  return { leads, copies, inSync };
}

/** The groups whose coordinator is this broker. */
export function coordinatorOf(snapshot: Snapshot, broker: number): string[] {
  return snapshot.groups.filter((g) => g.coordinator === broker).map((g) => g.id);
}

export function brokerTone(b: BrokerStatusView): StatusTone {
  return b.status === 'up' ? 'active' : 'trouble';
}

/** "room 2" / "sala 2" in class, "broker 2" in Kafka words: the stage's own name for the room. */
export function brokerName(voice: Voice, id: number): string {
  return roomName(voice, id);
}
