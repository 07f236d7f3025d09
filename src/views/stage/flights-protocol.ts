import type { FlightFrame, Ink, KeyLook } from './card-painter';

/** Messages from the page to the worker that paints what flies (flights.worker.ts). */
export type FlightsMessage =
  | { type: 'canvas'; canvas: OffscreenCanvas }
  | { type: 'size'; width: number; height: number; ratio: number }
  | { type: 'ink'; ink: Ink }
  | { type: 'looks'; looks: [string, KeyLook][] }
  | { type: 'frame'; frame: FlightFrame };
