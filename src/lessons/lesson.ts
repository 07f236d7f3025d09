import type { Command, EngineEventType, GroupStateName, MemberActivity } from '../engine';
import type { Words } from '../shared/words-mode';

/** Something on the stage a step talks about: highlighted while the rest dims a little. */
export type Subject =
  | { kind: 'producer'; id: string }
  | { kind: 'topic'; topic: string }
  | { kind: 'partition'; topic: string; partition: number }
  | { kind: 'group'; group: string }
  | { kind: 'member'; group: string; member: string };

/** How far a step runs: a span of simulated time, or until the engine shows something. */
export type Condition =
  | { kind: 'elapsed'; ms: number }
  /** Lag of a group, or of one member's partitions, is at most / at least a value. */
  | { kind: 'lag'; group: string; member?: string; atMost?: number; atLeast?: number }
  /** A group's state, and optionally its generation (which rebalance it is in or has finished). */
  | { kind: 'groupState'; group: string; state: GroupStateName; generation?: number }
  /** A member owns exactly these partitions (of the topics its group reads), no more, no fewer. */
  | { kind: 'owns'; group: string; member: string; partitions: number[] }
  /**
   * A group's committed offset (bookmark) on one partition of `topic` (default: the group's first topic):
   * at least / at most a value, or below the log start (its page deleted by retention). Null (nothing
   * committed yet) meets none of these.
   */
  | {
      kind: 'committed';
      group: string;
      partition: number;
      topic?: string;
      atLeast?: number;
      atMost?: number;
      belowLogStart?: boolean;
    }
  /**
   * A partition's log start offset (oldest page kept), log end offset (next page number, the leader's) or
   * high watermark (students read below it only): at least / at most.
   */
  | {
      kind: 'log';
      topic: string;
      partition: number;
      of: 'start' | 'end' | 'highWatermark';
      atLeast?: number;
      atMost?: number;
    }
  /**
   * A partition's copies: the broker its leader is on (null: offline, no copy may lead) and the brokers
   * of its in-sync copies (as a set), exactly as given.
   */
  | { kind: 'replicas'; topic: string; partition: number; leader?: number | null; isr?: number[] }
  /**
   * A producer's count of records acknowledged, failed (delivery.timeout.ms passed), lost though
   * acknowledged, or waiting to be written: at least / at most.
   */
  | {
      kind: 'producer';
      producer: string;
      of: ProducerCount;
      atLeast?: number;
      atMost?: number;
    }
  /** The opposite of a condition: e.g. no rebalance started during the step. */
  | { kind: 'not'; condition: Condition }
  /**
   * A group's count of records processed twice, skipped because retention deleted them, or skipped because a
   * clean close() committed past them, is at least.
   */
  | {
      kind: 'count';
      group: string;
      of: 'duplicates' | 'skippedByRetention' | 'skippedOnClose';
      atLeast: number;
    }
  | { kind: 'activity'; group: string; member: string; activity: MemberActivity }
  /** An event of this type (optionally about this group/member) happened during the step. */
  | { kind: 'event'; type: EngineEventType; group?: string; member?: string };

/** The counts of a producer a lesson may wait for or pin (ProducerView's fields of the same names). */
export type ProducerCount = 'acknowledged' | 'failed' | 'lostAcknowledged' | 'waiting';

/** A question the class answers before the step's reveal. */
export interface Prediction {
  prompt: string;
  choices: string[];
  /** Index of the right choice. */
  answer: number;
  /** Shown after the reveal. */
  explanation: string;
}

export interface LessonStep {
  /** A few words for the step list. */
  title: string;
  /** The classroom story, naming the Kafka term. */
  caption: string;
  /** The Kafka term the step introduces, shown beside the caption. */
  term?: string;
  /** For the teacher only: what to say, what to point at, what students often get wrong. */
  notes: string;
  /** Word mode the step switches to on entering. */
  words?: Words;
  /** Commands given to the engine on entering the step. */
  commands?: Command[];
  highlight?: Subject[];
  /** How far the step runs before it pauses. */
  until: Condition;
  /** Upper bound for a condition, in simulated ms (default 60 s): a step never runs forever. */
  maxMs?: number;
  question?: Prediction;
  /** What must hold when the step ends: checked by the tests, so the story stays true to the engine. */
  expect?: Condition[];
}

export interface Lesson {
  /** Stable id used in addresses: `#/lesson/<id>/<step>`. */
  id: string;
  title: string;
  summary: string;
  /** The built-in scenario the lesson runs on. */
  scenarioId: string;
  steps: LessonStep[];
}
