import { describe, expect, it } from 'vitest';
import { findScenario } from '../lessons/scenarios';
import { classroomDepartures, departs, groupSettingRows } from './kafka-settings';

describe('kafka-settings', () => {
  it("lists the classroom's departures from Kafka's defaults, with both values", () => {
    const rows = classroomDepartures(findScenario('note-taking-machine')!.scenario);
    expect(rows.map((r) => [r.name, r.value, r.kafkaDefault])).toEqual([
      ['session.timeout.ms', 6_000, 45_000],
      ['heartbeat.interval.ms', 1_000, 3_000],
      ['auto.commit.interval.ms', 2_000, 5_000],
      ['max.poll.records', 3, 500],
      ['auto.offset.reset', 'earliest', 'latest'],
      ['group.initial.rebalance.delay.ms', 1_000, 3_000],
    ]);
  });

  it("counts a setting equal to Kafka's default as no departure", () => {
    const rows = groupSettingRows(
      {
        autoOffsetReset: 'latest',
        sessionTimeoutMs: 45_000,
        heartbeatIntervalMs: 3_000,
        maxPollIntervalMs: 300_000,
        autoCommitIntervalMs: 5_000,
        maxPollRecords: 500,
      },
      'range',
      {
        logRetentionCheckIntervalMs: 300_000,
        groupInitialRebalanceDelayMs: 3_000,
        replicaLagTimeMaxMs: 30_000,
        uncleanLeaderElectionEnable: false,
        minInsyncReplicas: 1,
      },
    );
    expect(rows.filter(departs)).toEqual([]);
  });
});
