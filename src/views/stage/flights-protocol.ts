import type { Box } from '../../viz/geometry';
import type { FlightFrame, Ink, KeyLook } from './card-painter';

/** Messages from the page to the worker that paints what flies (flights.worker.ts). */
export type FlightsMessage =
  | { type: 'canvas'; canvas: OffscreenCanvas }
  | { type: 'size'; width: number; height: number; ratio: number }
  | { type: 'ink'; ink: Ink }
  | { type: 'looks'; looks: [string, KeyLook][] }
  /**
   * Where names and numbers stand, sent when the furniture changes rather than with every frame (the
   * boxes were cloned for the worker on every frame).
   */
  | { type: 'clear'; clear: readonly Box[] }
  | { type: 'frame'; frame: FlightMoment };

/** A frame as posted: everything but the boxes kept clear, which the painter holds (see 'clear'). */
export type FlightMoment = Omit<FlightFrame, 'clear'>;
