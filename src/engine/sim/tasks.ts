import type { Timer } from '../time/timer-queue';
import { produceDue } from '../clients/producer';
import { runMember } from '../clients/consumer';
import { onJoinDeadline } from '../groups/coordinator';
import { onHeartbeat, onPollTimeout, onSessionTimeout } from '../groups/liveness';
import { runRetentionCheck } from '../log/log-manager';
import type { Ctx } from '../kernel/context';
import { runReplicaFetch, runIsrExpiration } from '../cluster/replica-fetcher';
import { onBrokerSessionTimeout, runLeaderRebalance } from '../cluster/controller';
import { runProducerRetry, sendToBroker } from '../clients/delivery';
import { runOutputRetry } from '../clients/processor-output';
import { resumeProducer } from '../clients/producer';
import { onRequestTimeout } from '../clients/request-timeout';

/** Runs a due timer; a timer whose token is stale was superseded and does nothing. */
export function runTimer(ctx: Ctx, timer: Timer): void {
  const task = timer.task;
  const groups = ctx.world.groups;
  switch (task.kind) {
    case 'produce':
      if (task.token === ctx.world.producers[task.producer]!.token) produceDue(ctx, task.producer);
      return;
    case 'member':
      if (task.token === groups[task.group]!.members[task.member]!.token)
        runMember(ctx, task.group, task.member);
      return;
    case 'heartbeat':
      if (task.token === groups[task.group]!.members[task.member]!.heartbeatToken)
        onHeartbeat(ctx, task.group, task.member);
      return;
    case 'pollTimeout':
      if (task.token === groups[task.group]!.members[task.member]!.pollTimeoutToken)
        onPollTimeout(ctx, task.group, task.member);
      return;
    case 'sessionTimeout':
      if (task.token === groups[task.group]!.members[task.member]!.sessionToken)
        onSessionTimeout(ctx, task.group, task.member);
      return;
    case 'joinDeadline':
      onJoinDeadline(ctx, task.group, task.token);
      return;
    case 'retentionCheck':
      runRetentionCheck(ctx);
      return;
    case 'replicaFetch':
      runReplicaFetch(ctx, task.topic, task.partition);
      return;
    case 'isrExpiration':
      runIsrExpiration(ctx);
      return;
    case 'leaderRebalance':
      runLeaderRebalance(ctx);
      return;
    case 'brokerFence':
      if (task.token === ctx.world.brokers[task.broker - 1]!.sessionToken)
        onBrokerSessionTimeout(ctx, task.broker);
      return;
    case 'producerRetry':
      if (task.token === ctx.world.producers[task.producer]!.retryToken) {
        runProducerRetry(ctx, task.producer);
        resumeProducer(ctx, task.producer);
      }
      return;
    case 'producerSend':
      sendToBroker(ctx, task.producer, task.broker);
      resumeProducer(ctx, task.producer);
      return;
    case 'requestTimeout':
      onRequestTimeout(ctx, task.producer, task.partition, task.since);
      return;
    case 'outputRetry':
      if (task.token === ctx.world.groups[task.group]!.members[task.member]!.outputRetryToken)
        runOutputRetry(ctx, task.group, task.member);
      return;
    default: {
      const never: never = task;
      throw new Error(`unknown timer ${String(never)}`);
    }
  }
}
