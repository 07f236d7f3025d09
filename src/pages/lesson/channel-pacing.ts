import type { PresenterMessage } from './presenter-messages';

/**
 * Another window can post thousands of messages at once (a stuck key, a script, a damaged extension); each
 * one acted on redraws the lesson, and 5,000 step commands kept the lesson window busy for 13 seconds. So a
 * window hears the other at a bounded rate: a few messages at once as they come (a clicker's presses, a
 * hello and its answer), and past that a flood is coalesced every FLUSH_MS: the latest state, language,
 * hello and goodbye win, and commands beyond the rate are dropped (a burst of "next" must not keep moving
 * the story for minutes after it stopped).
 */

/** Messages acted on at once before pacing starts: more than a clicker or a hello-and-answer needs. */
export const CHANNEL_BURST = 16;
/** Messages per second the allowance grows back by. */
export const CHANNEL_RATE_PER_SEC = 16;
/** How often a flood is coalesced and delivered. */
export const CHANNEL_FLUSH_MS = 100;
/** Messages held between two deliveries; past it the held ones are coalesced at once. */
const MAX_HELD = 256;

/** The clock and timer the pacing uses: the browser's, or a test's. */
export interface Pacing {
  now(): number;
  later(run: () => void, ms: number): () => void;
}

export const BROWSER_PACING: Pacing = {
  now: () => performance.now(),
  later: (run, ms) => {
    const id = setTimeout(run, ms);
    return () => clearTimeout(id);
  },
};

/** Keeps the last of each kind of state-like message, and the commands, in their order. */
export function coalesce(messages: readonly PresenterMessage[]): PresenterMessage[] {
  const lastOfType = new Map<string, number>();
  messages.forEach((m, i) => {
    if (m.type !== 'command') lastOfType.set(m.type, i);
  });
  return messages.filter((m, i) => m.type === 'command' || lastOfType.get(m.type) === i);
}

export interface Delivery {
  receive(message: PresenterMessage): void;
  stop(): void;
}

/** Delivers messages to `deliver` at a bounded rate, coalescing floods (see the comment at the top). */
export function boundedDelivery(deliver: (m: PresenterMessage) => void, pacing: Pacing): Delivery {
  let allowance = CHANNEL_BURST;
  let lastRefill = pacing.now();
  let held: PresenterMessage[] = [];
  let cancel: (() => void) | null = null;
  let stopped = false;

  const refill = (): void => {
    const t = pacing.now();
    allowance = Math.min(CHANNEL_BURST, allowance + ((t - lastRefill) * CHANNEL_RATE_PER_SEC) / 1000);
    lastRefill = t;
  };

  const flush = (): void => {
    cancel = null;
    if (stopped) return;
    refill();
    const batch = coalesce(held);
    held = [];
    for (const m of batch) {
      // State, language, hello and goodbye come through once per flush; commands only while allowed.
      if (m.type === 'command') {
        if (allowance < 1) continue;
        allowance -= 1;
      }
      deliver(m);
    }
  };

  return {
    receive: (message) => {
      if (stopped) return;
      refill();
      if (held.length === 0 && cancel === null && allowance >= 1) {
        allowance -= 1;
        deliver(message);
        return;
      }
      held.push(message);
      if (held.length > MAX_HELD) {
        // Keep the latest state-like messages and only as many commands as could still be allowed.
        const kept = coalesce(held);
        let commands = Math.ceil(allowance) + CHANNEL_BURST;
        held = kept.filter((m) => m.type !== 'command' || commands-- > 0);
      }
      cancel ??= pacing.later(flush, CHANNEL_FLUSH_MS);
    },
    stop: () => {
      stopped = true;
      cancel?.();
      cancel = null;
      held = [];
    },
  };
}
