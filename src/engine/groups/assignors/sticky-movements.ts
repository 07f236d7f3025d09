import { type TopicPartition, tpKey } from './types';

interface Move {
  src: string;
  dst: string;
}

const pairKey = (src: string, dst: string): string => `${src}\u0000${dst}`;

/**
 * Kafka's `AbstractStickyAssignor.PartitionMovements`: the net moves made while rebalancing, per topic
 * and member pair. The general builder consults it so that a partition of a topic never travels A -> B
 * while another partition of the same topic travels B -> A; it moves one back instead.
 */
export class PartitionMovements {
  private readonly byTopic = new Map<string, Map<string, Map<string, TopicPartition>>>();
  private readonly moves = new Map<string, Move>();

  /** Records that `tp` went from `from` to `to`, collapsing a chain of moves into one net move. */
  move(tp: TopicPartition, from: string, to: string): void {
    const existing = this.removeRecord(tp);
    if (!existing) {
      this.addRecord(tp, { src: from, dst: to });
    } else if (existing.src !== to) {
      // Moving back to where it started cancels the move; otherwise only the origin matters.
      this.addRecord(tp, { src: existing.src, dst: to });
    }
  }

  /**
   * `getTheActualPartitionToBeMoved`: when some partition of the same topic already moved the opposite
   * way, that one goes back instead of `tp` moving on. Java takes the first element of a `HashSet`
   * (an order set by `TopicPartition.hashCode`); we take the lowest partition number.
   */
  actualPartitionToMove(tp: TopicPartition, from: string, to: string): TopicPartition {
    const topicMoves = this.byTopic.get(tp[0]);
    if (!topicMoves) return tp;
    const origin = this.moves.get(tpKey(tp))?.src ?? from;
    const reverse = topicMoves.get(pairKey(to, origin));
    if (!reverse) return tp;
    let pick: TopicPartition | undefined;
    for (const candidate of reverse.values()) if (!pick || candidate[1] < pick[1]) pick = candidate;
    return pick ?? tp;
  }

  private removeRecord(tp: TopicPartition): Move | undefined {
    const key = tpKey(tp);
    const move = this.moves.get(key);
    if (!move) return undefined;
    this.moves.delete(key);
    const topicMoves = this.byTopic.get(tp[0]);
    const pk = pairKey(move.src, move.dst);
    const set = topicMoves?.get(pk);
    set?.delete(key);
    if (set?.size === 0) topicMoves?.delete(pk);
    if (topicMoves?.size === 0) this.byTopic.delete(tp[0]);
    return move;
  }

  private addRecord(tp: TopicPartition, move: Move): void {
    this.moves.set(tpKey(tp), move);
    let topicMoves = this.byTopic.get(tp[0]);
    if (!topicMoves) this.byTopic.set(tp[0], (topicMoves = new Map()));
    const pk = pairKey(move.src, move.dst);
    let set = topicMoves.get(pk);
    if (!set) topicMoves.set(pk, (set = new Map()));
    set.set(tpKey(tp), tp);
  }
}
