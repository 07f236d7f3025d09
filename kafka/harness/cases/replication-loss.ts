/**
 * When acknowledged notes are lost or written twice: the risky shortcut (acks=1 and an unclean election, and
 * where students read on after it, KIP-320), idempotence (a retry after a lost acknowledgement) and a write
 * that timed out waiting for copies (REQUEST_TIMED_OUT) sent again. Played on the replication cluster like
 * the other cases (replication.ts).
 */
import {
  G,
  ISR_LEAVE_TOLERANCE_MS,
  ISR_LEAVE_WITHIN_MS,
  NOTES,
  REJOIN_MS,
  reader,
  scenario,
  start,
  stop,
  at,
  teacher,
  NONE,
  type ReplicationCase,
} from './replication-kit';
import { isrChangeAfter, newLeaderAfter, producerOutcome } from '../replication-claims';
import { negativeLagAtCut, resumesAtDivergence } from '../validation-claims';
import { unansweredCopies, writtenTwice, writtenTwiceCount } from '../idempotence-claims';

export const LOSS_CASES: ReplicationCase[] = [
  {
    id: 'replication-unclean',
    title: 'The risky shortcut: acks=1 and an unclean election lose acknowledged notes',
    scenario: {
      ...scenario(36, 1, [teacher({ acks: 1 })], 2, { uncleanLeaderElectionEnable: true }),
      // Ana reads throughout; Bo, in a group of his own, crashes just before the leader and restarts after
      // the election, from his group's committed offset (past the new log end).
      // (The group name puts the simulator's coordinator for it on the broker outside the partition, so Bo's
      // commits carry on while the follower is down; Kafka places __consumer_offsets its own way.)
      groups: [
        reader(),
        { id: 'later', topics: ['notes'], ...G, members: [{ id: 'bo', recordsPerSec: 10 }] },
      ],
    },
    durationMs: 47_000,
    // Ana's committed offset is read while both copies' brokers are down: her coordinator must be where the
    // simulator's is (the third broker, never stopped), not wherever Kafka happened to place it. On a
    // coordinator on the crashed follower her commits stopped at 4 s, at the cut: lag 0, not negative.
    coordinatorAsSimulator: true,
    // The follower crashes and leaves the ISR; the leader goes on acknowledging alone (acks=1), then
    // crashes too; the old follower comes back first and, unclean election allowed, leads with the copy it
    // had; the old leader comes back, truncates to it (leader epochs), and what only it held is gone.
    // The leader crashes 8 s after the follower: a real broker drops a killed follower from the ISR 4-5 s
    // after the kill, and only then does the high watermark move past what the follower holds, so the
    // readers need a few seconds more to read and commit (every 2 s) past the cut. At 5 s the window was
    // too short on a loaded host: once Ana's group had not committed past it (lag 0, not negative).
    build: ([leader = 1, follower = 2]) => ({
      script: [
        stop(4000, follower, false),
        at(11_500, { type: 'crash', group: 'later', member: 'bo' }),
        stop(12_000, leader, false),
        start(13_000, follower),
        start(29_000, leader),
        at(33_000, { type: 'wake', group: 'later', member: 'bo' }),
      ],
      claims: [
        isrChangeAfter(
          NOTES,
          4000,
          follower,
          'leaves',
          ISR_LEAVE_WITHIN_MS,
          ISR_LEAVE_TOLERANCE_MS,
          'the crashed follower leaves the ISR',
        ),
        newLeaderAfter(
          NOTES,
          12_000,
          leader,
          25_000,
          25_000,
          'with unclean.leader.election.enable, the out-of-sync copy leads',
        )[0]!,
        producerOutcome(
          'teacher',
          'acks=1 and an unclean election: records the teacher saw acknowledged are gone',
          { failed: false, lost: true },
          8,
          'lostAcknowledged',
        ),
        resumesAtDivergence(
          'class',
          NOTES,
          'a student reading through the unclean election goes on from the first offset known to diverge (KIP-320 offset validation), not from auto.offset.reset (earliest)',
        ),
        resumesAtDivergence(
          'later',
          NOTES,
          'a student restarted after it, from a committed offset past the new log end, starts there too: the committed offset carries its epoch and is validated',
          32_500,
        ),
        negativeLagAtCut(
          'class',
          NOTES,
          'at the unclean election a reading group’s committed offset sits past the new log end, so kafka-consumer-groups.sh prints a negative lag until its next commit',
          16_000,
        ),
      ],
    }),
  },
  {
    id: 'replication-idempotence',
    title:
      'Idempotence: a retry after a lost acknowledgement writes nothing twice; without it, the retried notes are in the log twice',
    // Two teachers on one shelf, acks=all, told apart by their key: the teacher idempotent (Kafka's default),
    // the helper not. A follower crashes: it stays in the ISR until replica.lag.time.max.ms (2 s), so the
    // leader appends and the other follower copies, but nobody is acknowledged. A second later the leader
    // crashes too; once the controller fences it (9 s), the follower that copied everything leads, alone in
    // the ISR (below min.insync.replicas 2: NOT_ENOUGH_REPLICAS); the first follower, restarted, catches up
    // and rejoins, and both producers' retries are accepted. The new leader already holds the retried
    // batches: the idempotent producer's are recognised, the other's are appended again.
    scenario: scenario(37, 2, [
      teacher({ recordsPerSec: 10, keys: ['math'] }),
      {
        id: 'helper',
        topic: 'notes',
        recordsPerSec: 10,
        acks: 'all',
        enableIdempotence: false,
        keys: ['art'],
      },
    ]),
    durationMs: 50_000,
    build: ([leader = 1, , f2 = 3]) => ({
      script: [stop(5000, f2, false), stop(6000, leader, false), start(7000, f2)],
      claims: [
        newLeaderAfter(
          NOTES,
          6000,
          leader,
          12_000,
          4000,
          'the follower that copied the unacknowledged notes leads once the crashed leader is fenced',
        )[0]!,
        writtenTwice(
          'teacher',
          'math',
          NOTES,
          'none',
          'with idempotence (the default) the retries write nothing twice',
        ),
        writtenTwice(
          'helper',
          'art',
          NOTES,
          'some',
          'without idempotence the retried notes the new leader already held are written again',
        ),
        // Exact since the engine reads one request per connection as Kafka's broker does (clients/produce-mute.ts):
        // only the waiting batch reaches the log and comes back in the retry.
        writtenTwiceCount('helper', 'art', NOTES, 'how many notes the retries write twice'),
        producerOutcome(
          'teacher',
          'acks=all with min.insync.replicas 2: nothing acknowledged is lost',
          NONE,
          0,
          'lostAcknowledged',
        ),
      ],
    }),
  },
  {
    id: 'replication-request-timeout',
    title:
      'A write held past request.timeout.ms is answered REQUEST_TIMED_OUT and sent again: once with idempotence, twice without, failed past delivery.timeout.ms',
    // Replication factor 2 = min.insync.replicas. The follower crashes at 5.2 s; the notes sent at 5.5 s reach
    // the leader's log and wait in its purgatory, each producer's connection muted behind them (SocketServer);
    // the ISR shrinks (replica.lag.time.max.ms, 2 s) and the high watermark holds (Partition.isUnderMinIsr).
    // At 35.5 s the three requests time out and their batches are retried (Sender.completeBatch -> canRetry),
    // refused with NOT_ENOUGH_REPLICAS while the ISR is short. The follower restarts at 50 s (a real broker
    // is back 10-25 s later, the simulator's at once, so only counts are compared, not times): the teacher's
    // idempotent retry is a duplicate answered with its first offset, the helper's is written again, and
    // the third producer's batch failed at 45.5 s (delivery.timeout.ms 40 s) though it stays in the log.
    scenario: scenario(
      38,
      2,
      [
        teacher({ recordsPerSec: 2, keys: ['math'] }),
        {
          id: 'helper',
          topic: 'notes',
          recordsPerSec: 2,
          acks: 'all',
          enableIdempotence: false,
          keys: ['art'],
        },
        {
          id: 'late',
          topic: 'notes',
          recordsPerSec: 2,
          acks: 'all',
          deliveryTimeoutMs: 40_000,
          keys: ['bio'],
        },
      ],
      2,
    ),
    // Off the producers' half-second beat, so no note is in flight as the class ends.
    durationMs: 50_000 + REJOIN_MS + 4750,
    build: ([, follower = 2]) => ({
      script: [stop(5200, follower, false), start(50_000, follower)],
      claims: [
        isrChangeAfter(
          NOTES,
          50_000,
          follower,
          'rejoins',
          REJOIN_MS,
          REJOIN_MS,
          'the restarted follower rejoins the ISR',
        ),
        writtenTwice(
          'teacher',
          'math',
          NOTES,
          'none',
          'with idempotence the timed-out write, sent again, is in the log once',
        ),
        unansweredCopies(
          'teacher',
          'math',
          NOTES,
          'with idempotence its retry is answered (a duplicate, with its first offset)',
        ),
        producerOutcome(
          'teacher',
          'nothing fails while delivery.timeout.ms (120 s) allows retries',
          NONE,
          0,
          'failed',
        ),
        writtenTwiceCount(
          'helper',
          'art',
          NOTES,
          'without idempotence the timed-out write, sent again, is in the log twice',
        ),
        unansweredCopies(
          'helper',
          'art',
          NOTES,
          'without idempotence the first copy of the timed-out write answers nobody',
        ),
        producerOutcome(
          'helper',
          'the retried notes are acknowledged once the follower is back',
          NONE,
          0,
          'failed',
        ),
        unansweredCopies(
          'late',
          'bio',
          NOTES,
          'past delivery.timeout.ms (40 s) the timed-out write fails, though its copy is in the log',
        ),
        producerOutcome(
          'late',
          'past delivery.timeout.ms the retried notes fail',
          { failed: true, lost: false },
          'whether',
          'failed',
        ),
      ],
    }),
  },
];
