/**
 * Wall-clock period at which a busy class's read parts redraw while it plays: the text (desks, captions,
 * the inspector, the charts) and the shelves drawn as streams, with their bookmarks. One period for both,
 * so they redraw on the same frame from the same moment: a shelf's bookmark and the desk's backlog beside
 * it agree, and a slow laptop pays one heavy frame per period instead of two. With text every 333 ms and
 * streams every 500 ms, the busy school at 8x had four heavy frames a wall second, and its p95 frame with
 * the CPU slowed four times was one of them (issue 12; figures in ARCHITECTURE).
 */
export const BUSY_REFRESH_MS = 500;

/**
 * The same period while the stage draws a crowded class's detailed picture (the busy school's every
 * shelf: shared/class-size.ts isCrowdedClass): its redraw is one frame of about 100 ms with the CPU slowed
 * four times, whatever is cut from it (React, layout and paint of about 600 changed SVG objects), so a
 * slow laptop's p95 frame counts how many such frames a second there are: at two a second they are 4%
 * of the frames and any other slow frame tips the p95 from 33 to 50 ms; at 1.33 a second, 2.7%. The
 * numbers then move three times every two seconds instead of twice a second. Its overview, and every
 * class that is not crowded, keep BUSY_REFRESH_MS (issue 12; figures in ARCHITECTURE).
 */
export const CROWDED_DETAIL_REFRESH_MS = 750;
