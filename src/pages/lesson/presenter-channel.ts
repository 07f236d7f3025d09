import { isLang, type Lang } from '../../shared/lang';
import type { PrefsStore } from '../../store/prefs';
import type { StepPhase } from '../../store/simulator-store';
import { BROWSER_PACING, boundedDelivery, type Pacing } from './channel-pacing';
import type { PresenterAction, PresenterMessage } from './presenter-messages';

/**
 * The lesson window and its presenter view talk over a BroadcastChannel named after the lesson. The lesson
 * window owns the story: it says where it stands on every change and when a presenter view says hello; the
 * presenter view only asks it to act. The language is shared both ways: either window may change it.
 */

const ACTIONS: readonly PresenterAction[] = ['next', 'previous', 'reveal', 'replay'];
const PHASES: readonly StepPhase[] = ['asking', 'running', 'done'];

export function channelName(lessonId: string): string {
  return `kafka-classroom-${lessonId}`;
}

/**
 * Reads a message from another window; anything that is not one of ours is ignored (null), so a stale or
 * foreign sender can never break the page.
 */
export function readMessage(data: unknown): PresenterMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  switch (m.type) {
    case 'hello':
      return { type: 'hello' };
    case 'bye':
      return { type: 'bye' };
    case 'command':
      return ACTIONS.includes(m.action as PresenterAction)
        ? { type: 'command', action: m.action as PresenterAction }
        : null;
    case 'lang':
      return isLang(m.lang) ? { type: 'lang', lang: m.lang } : null;
    case 'state': {
      const { step, phase, answer, revealed } = m;
      if (typeof step !== 'number' || !Number.isInteger(step) || step < 0) return null;
      if (!PHASES.includes(phase as StepPhase)) return null;
      if (answer !== null && (typeof answer !== 'number' || !Number.isInteger(answer))) return null;
      if (typeof revealed !== 'boolean') return null;
      return {
        type: 'state',
        step,
        phase: phase as StepPhase,
        answer,
        revealed,
        offScript: m.offScript === true,
        free: m.free === true,
      };
    }
    default:
      return null;
  }
}

/** The little a channel must do; a BroadcastChannel in the app, a fake in tests. */
export interface ChannelPort {
  post(data: unknown): void;
  /** Returns a function that stops listening. */
  listen(onData: (data: unknown) => void): () => void;
  close(): void;
}

export type OpenPort = (name: string) => ChannelPort | null;

/** A BroadcastChannel as a port, or null where the browser has none (or refuses to make one). */
export const openBroadcastPort: OpenPort = (name) => {
  if (typeof BroadcastChannel !== 'function') return null;
  let channel: BroadcastChannel;
  try {
    channel = new BroadcastChannel(name);
  } catch {
    return null;
  }
  return {
    post: (data) => {
      try {
        channel.postMessage(data);
      } catch {
        // A closed channel: the other window is gone or this one is closing; nothing to tell anyone.
      }
    },
    listen: (onData) => {
      const handler = (event: MessageEvent): void => onData(event.data);
      channel.addEventListener('message', handler);
      return () => channel.removeEventListener('message', handler);
    },
    close: () => channel.close(),
  };
};

export interface PresenterChannel {
  send(message: PresenterMessage): void;
  /**
   * Only well-formed messages reach `onMessage`, and at a bounded rate (see `boundedDelivery`). Returns a
   * function that unsubscribes.
   */
  subscribe(onMessage: (message: PresenterMessage) => void): () => void;
  close(): void;
}

/** Opens the lesson's channel; null when the browser cannot (the views say how to open it instead). */
export function openPresenterChannel(
  lessonId: string,
  open: OpenPort = openBroadcastPort,
  pacing: Pacing = BROWSER_PACING,
): PresenterChannel | null {
  const port = open(channelName(lessonId));
  if (!port) return null;
  return {
    send: (message) => port.post(message),
    subscribe: (onMessage) => {
      const delivery = boundedDelivery(onMessage, pacing);
      const stop = port.listen((data) => {
        const message = readMessage(data);
        if (message) delivery.receive(message);
      });
      return () => {
        stop();
        delivery.stop();
      };
    },
    close: () => port.close(),
  };
}

/**
 * Keeps this window's language and the other window's in step: says this window's changes and follows the
 * other's, without saying those back (so two quick changes cannot bounce between the windows). Returns a
 * function that stops both.
 */
export function shareLang(channel: PresenterChannel, prefs: PrefsStore): () => void {
  let heard: Lang | null = null;
  const stopSaying = prefs.subscribe((state, previous) => {
    if (state.lang !== previous.lang && state.lang !== heard)
      channel.send({ type: 'lang', lang: state.lang });
  });
  const stopHearing = channel.subscribe((message) => {
    if (message.type !== 'lang' || message.lang === prefs.getState().lang) return;
    heard = message.lang;
    try {
      prefs.getState().setLang(message.lang);
    } finally {
      heard = null;
    }
  });
  return () => {
    stopSaying();
    stopHearing();
  };
}
