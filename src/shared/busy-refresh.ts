/**
 * Wall-clock period at which a busy class's read parts redraw while it plays: the text (desks, captions,
 * the inspector, the charts) and the shelves drawn as streams, with their bookmarks. One period for both,
 * so they redraw on the same frame from the same moment: a shelf's bookmark and the desk's backlog beside
 * it agree, and a slow laptop pays one heavy frame per period instead of two. With text every 333 ms and
 * streams every 500 ms, the busy school at 8x had four heavy frames a wall second, and its p95 frame with
 * the CPU slowed four times was one of them (issue 12; figures in ARCHITECTURE).
 */
export const BUSY_REFRESH_MS = 500;
