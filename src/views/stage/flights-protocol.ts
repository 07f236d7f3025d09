import type { ClockAnchor } from '../../runtime/clock';
import type { Lang } from '../../shared/lang';
import type { Box } from '../../viz/geometry';
import type { StageLayout } from '../../viz/layout-types';
import type { Ink, KeyLook } from './card-painter';
import type { PackedWorld } from './flights-pack';

/**
 * Messages from the page to what paints the flights (flights-painter.ts, in flights.worker.ts or in the
 * page). Each is sent when what it holds changes: the painter computes every frame between the page's
 * own from the latest world and the clock's anchor.
 */
export type FlightsMessage =
  | { type: 'canvas'; canvas: OffscreenCanvas }
  | { type: 'size'; width: number; height: number; ratio: number }
  | { type: 'ink'; ink: Ink }
  | { type: 'looks'; looks: [string, KeyLook][] }
  /** The furniture and how it is drawn, with where names and numbers stand (viz/keep-clear.ts). */
  | {
      type: 'setting';
      layout: StageLayout;
      reduced: boolean;
      turnover: ReadonlyMap<string, number>;
      clear: readonly Box[];
      lang: Lang;
    }
  /**
   * The page drew a moment: the playback clock anchored there, with the flights' part of the snapshot
   * when it is new. The painter paints that moment at once, so a frame that changes the stage (a note
   * landing in its cell) shows the cards of the same moment, then moves them on its own clock.
   */
  | {
      type: 'moment';
      clock: ClockAnchor;
      /** The flights' part of the snapshot, packed (flights-pack.ts: one array of numbers to copy). */
      world?: PackedWorld;
      /**
       * Whether the page now sleeps until its next change (a calm class): the painter then moves the cards
       * on its own timer; while the page draws every frame, it paints the page's moments only, in step
       * with the tapes the page slides.
       */
      selfPaced: boolean;
    };
