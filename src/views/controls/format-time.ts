/** Readable simulated times for the timeline, the readout and chart axes. */

/** "1:23.4" (minutes:seconds.tenths), or "1:02:03" past an hour. */
export function formatClock(ms: number, tenths = true): string {
  const safe = Math.max(0, ms);
  const totalSeconds = Math.floor(safe / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const ss = String(seconds).padStart(2, '0');
  if (hours > 0) return `${hours}:${String(minutes).padStart(2, '0')}:${ss}`;
  const fraction = tenths ? `.${Math.floor((safe % 1000) / 100)}` : '';
  return `${minutes}:${ss}${fraction}`;
}

/** "1 min 23 s", "45 s", "1 h 2 min": what a screen reader says for a moment of the run. */
export function formatSpoken(ms: number): string {
  const totalSeconds = Math.floor(Math.max(0, ms) / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  if (hours > 0) return `${hours} h ${minutes} min`;
  if (minutes > 0) return `${minutes} min ${seconds} s`;
  return `${seconds} s`;
}

/** "1x", "0.5x", "16x", "1.3x". */
export function formatSpeed(speed: number): string {
  return `${Number(speed.toPrecision(2))}x`;
}
