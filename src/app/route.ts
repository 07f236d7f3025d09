/** The app's addresses, in the hash so any static host (or a file:// page) serves them. */
export type Route =
  | { kind: 'home' }
  | { kind: 'play'; scenarioId: string; timeMs?: number; speed?: number; playing: boolean }
  /** A lesson step; `step` is 1-based as in the address. */
  | { kind: 'lesson'; lessonId: string; step: number }
  /** The presenter's second window for a lesson. */
  | { kind: 'presenter'; lessonId: string }
  /** The sandbox: set up any class. */
  | { kind: 'sandbox' }
  /** "What this simulator simplifies": where the classroom departs from Kafka. */
  | { kind: 'simplifications' }
  /** A shared class or lesson: everything after `#/share/`, untouched (it is decoded, and checked, later). */
  | { kind: 'share'; encoded: string }
  | { kind: 'not-found'; hash: string };

/**
 * The latest moment an address may open at: reaching it means simulating everything before it, and an
 * hour of the busiest class takes a few seconds. Later moments open at this one.
 */
export const MAX_OPEN_MS = 3_600_000;

/** Parses `#/play/<scenario>?t=<ms>&speed=<x>&play=1`; anything unreadable is ignored, not fatal. */
export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  if (raw.startsWith('/share/')) return { kind: 'share', encoded: raw.slice('/share/'.length) };
  const [path = '', query = ''] = raw.split('?', 2);
  const parts = path.split('/').filter(Boolean).map(safeDecode);
  if (parts.length === 0) return { kind: 'home' };
  if (parts[0] === 'play' && parts.length === 2) {
    const params = new URLSearchParams(query);
    const t = Number(params.get('t'));
    const speed = Number(params.get('speed'));
    return {
      kind: 'play',
      scenarioId: parts[1]!,
      timeMs:
        params.has('t') && Number.isFinite(t) && t >= 0 ? Math.min(MAX_OPEN_MS, Math.floor(t)) : undefined,
      speed: params.has('speed') && Number.isFinite(speed) && speed > 0 ? speed : undefined,
      playing: params.get('play') === '1',
    };
  }
  if (parts[0] === 'lesson' && (parts.length === 2 || parts.length === 3)) {
    const step = parts.length === 3 ? Number(parts[2]) : 1;
    return { kind: 'lesson', lessonId: parts[1]!, step: Number.isInteger(step) && step >= 1 ? step : 1 };
  }
  if (parts[0] === 'presenter' && parts.length === 2) return { kind: 'presenter', lessonId: parts[1]! };
  if (parts[0] === 'sandbox' && parts.length === 1) return { kind: 'sandbox' };
  if (parts[0] === 'simplifications' && parts.length === 1) return { kind: 'simplifications' };
  return { kind: 'not-found', hash: raw };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
