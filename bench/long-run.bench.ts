/**
 * A class left running for an hour at 16x (issue 5): the whole store, ticked like the frame loop does
 * (16.7 ms frames at 16x = 16 simulated hours), on the busiest built-in class. Prints the heap after each
 * simulated hour: it must stay flat (shelves, event log, chart history and checkpoints are bounded).
 * Run: npm run bench:long
 */
import { findScenario } from '../src/lessons/scenarios';
import { createSimulatorStore } from '../src/store/simulator-store';

const FRAME_MS = 1000 / 60;
const SPEED = 16;
const HOURS = Number(process.env.BENCH_HOURS ?? 1);

function heapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1e6;
}

const store = createSimulatorStore(findScenario('stress')!.scenario, { speed: SPEED, playing: true });
const base = heapMb();
const wallFrames = (HOURS * 3_600_000) / FRAME_MS;
const perReport = wallFrames / 6;
const t0 = performance.now();
console.log(
  `stress class at ${SPEED}x, ${HOURS} wall hour(s) = ${HOURS * SPEED} simulated hours, in 60 fps frames`,
);
for (let f = 1; f <= wallFrames; f++) {
  store.getState().tick(FRAME_MS);
  if (f % Math.round(perReport) === 0) {
    const s = store.getState();
    console.log(
      `  after ${((f * FRAME_MS) / 60_000).toFixed(0).padStart(3)} wall min: simulated ${(s.snapshot.timeMs / 3_600_000).toFixed(1)} h, ` +
        `heap +${(heapMb() - base).toFixed(1)} MB, samples ${s.samples.length}, events ${s.recentEvents.length}, ` +
        `milestones ${s.milestones.length}`,
    );
  }
}
console.log(`  computed in ${((performance.now() - t0) / 1000).toFixed(0)} s of wall time`);
