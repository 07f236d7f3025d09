/// <reference lib="webworker" />
import { FlightsPainter } from './flights-painter';
import type { FlightsMessage } from './flights-protocol';

/**
 * Paints what flies, off the page's main thread and at its own pace: the page posts the world, the
 * furniture and the clock when they change, and the painter computes and draws each frame from them on
 * this worker's timer (a worker's requestAnimationFrame left headless Chromium's screenshots without a
 * card). The page draws no frame for a card to move.
 */
const painter = new FlightsPainter({
  now: () => performance.timeOrigin + performance.now(),
  after: (ms, run) => {
    const timer = setTimeout(run, ms);
    return () => clearTimeout(timer);
  },
});

self.onmessage = (event: MessageEvent<FlightsMessage>) => painter.receive(event.data);
