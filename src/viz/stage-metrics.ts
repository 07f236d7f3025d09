import { BUSY_REFRESH_MS } from '../shared/busy-refresh';

/**
 * Sizes and timings of the stage in one place. Sizes are abstract units; the layout picks a zoom so that on
 * a 1024x768 projector a unit is about a CSS pixel, which keeps body text at 16 px and captions at 22 px.
 * Timings are simulated milliseconds, so motion follows the playback speed and stops when paused.
 */
export const FONT = {
  caption: 22,
  title: 20,
  body: 16,
  /** Small print (under a shelf, on the pile): no text on the stage is smaller than body text. */
  small: 16,
  /** Page numbers on roomy and on compact shelves, and the numbers a desk or badge stands for. */
  cell: 20,
  cellCompact: 17,
  number: 20,
  /** Names on the smallest desks, and their backlog. */
  mini: 17,
} as const;

/**
 * The smallest name or number (page numbers, backlogs, names) per density, in units: where it reaches
 * 20 px, so does every other (layout-time check, see stage-layout.legibleZoom).
 */
export const SMALLEST_NUMBER = {
  shelves: { roomy: 20, compact: 16 },
  desks: { roomy: FONT.number, compact: FONT.number, mini: FONT.mini },
} as const;

/** How long a note takes to fly from its writer to its shelf. */
export const FLIGHT_MS = 800;
/** How long a shelf takes to slide one cell left to make room for a new note. */
export const SHIFT_MS = 320;
/** How long fetched notes take to fly from the shelf to the desk. */
export const FETCH_MS = 700;
/** Delay between the cards of one fetched batch, so a batch reads as a little stream. */
export const FETCH_STAGGER_MS = 90;
/** How long deleted notes take to fade out after retention removes their segment. */
export const DELETE_FADE_MS = 1600;
/** How long the re-deal lines stay after a member is assigned shelves. */
export const REDEAL_MS = 2400;
/** At most this many cards fly along one lane (one writer to one shelf, one shelf to one desk). */
export const MAX_CARDS_PER_LANE = 3;
/** And at most this many cards in flight on the whole stage... */
export const MAX_CARDS = 32;
/** ...of which at most this many written ones, so fetches to the desks always have cards left. */
export const MAX_WRITE_CARDS = 20;
/** Shelves never show more cells than this, however wide the screen. */
export const MAX_SLOTS = 16;
/**
 * Past this many new notes per wall-clock second on one shelf, a shelf is a stream: it no longer slides
 * (the eye cannot follow a hundred notes a second) and is redrawn every STREAM_REFRESH_MS instead of
 * every frame, twice a second: at 8x in the busy school each redraw replaces the whole window, so
 * redrawing more often only costs more (with twelve streaming shelves, five redraws a second cost 40%
 * more main-thread time and dropped frames on a slowed CPU). The cards in the air still move every frame.
 * The text's period too (BUSY_REFRESH_MS): a stream's bookmarks and the desks redraw from one moment.
 */
export const STREAM_CELLS_PER_SEC = 10;
export const STREAM_REFRESH_MS = BUSY_REFRESH_MS;
