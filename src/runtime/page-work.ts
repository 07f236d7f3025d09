/**
 * The engine work this page has done, over every simulation it ran (players, lesson plans): the engine's
 * meter, in microseconds on its reference machine. A figure for the end-to-end tests and benchmarks of
 * issue 12 to assert on (work done, not wall time, which the machine's speed decides): a refused link does
 * none, an opened one at most its budget, a playing class at most a frame's budget per frame.
 */
let total = 0;

export function addPageWork(work: number): void {
  total += work;
}

export function pageEngineWork(): number {
  return total;
}
