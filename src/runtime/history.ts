import type { ClassCounters } from '../engine';

/** One sample per simulated second, for the lag and throughput charts. */
export const SAMPLE_EVERY_MS = 1_000;
/** Samples kept: two hours of simulated time; older ones are dropped. */
export const MAX_SAMPLES = 7_200;

export interface Sample {
  readonly timeMs: number;
  /** Total lag per group id. */
  readonly lag: Readonly<Record<string, number>>;
  /** Records appended so far, per topic (differences give records in per second). */
  readonly appended: Readonly<Record<string, number>>;
  /** Records processed so far, per group (differences give records out per second). */
  readonly processed: Readonly<Record<string, number>>;
}

/** A sample from the engine's counters (no snapshot: sampling must stay cheap with many partitions). */
export function sampleOf(c: ClassCounters): Sample {
  const lag: Record<string, number> = {};
  const processed: Record<string, number> = {};
  const appended: Record<string, number> = {};
  for (const g of c.groups) {
    lag[g.id] = g.totalLag;
    processed[g.id] = g.processed;
  }
  for (const t of c.topics) appended[t.name] = t.appended;
  return { timeMs: c.timeMs, lag, appended, processed };
}

/**
 * The samples of the whole run, including a recorded future after a rewind (charts can show where the
 * story goes); a new command cuts them back to the present.
 */
export class SampleHistory {
  private samples: Sample[] = [];

  get all(): readonly Sample[] {
    return this.samples;
  }

  add(sample: Sample): void {
    const last = this.samples[this.samples.length - 1];
    if (last !== undefined && last.timeMs >= sample.timeMs) {
      // Replaying a known stretch: the same sample is already there.
      if (this.samples.some((x) => x.timeMs === sample.timeMs)) return;
      this.samples = this.samples.filter((x) => x.timeMs < sample.timeMs);
    }
    this.samples.push(sample);
    // Trimmed a tenth at a time: trimming on every sample copied all 7,200 each simulated second, which
    // made opening a class hours in take seconds.
    if (this.samples.length > MAX_SAMPLES + MAX_SAMPLES / 10) this.samples = this.samples.slice(-MAX_SAMPLES);
  }

  truncateAfter(timeMs: number): void {
    this.samples = this.samples.filter((x) => x.timeMs <= timeMs);
  }
}
