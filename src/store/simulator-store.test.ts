import { describe, expect, it } from 'vitest';
import { findScenario } from '../lessons/scenarios';
import { createSimulatorStore } from './simulator-store';

const store = (options = {}) => createSimulatorStore(findScenario('sleepy-student')!.scenario, options);

describe('simulator store', () => {
  it('opens paused at the requested moment', () => {
    const s = store({ timeMs: 12_345 });
    expect(s.getState().playing).toBe(false);
    expect(s.getState().snapshot.timeMs).toBe(12_345);
    expect(s.getState().renderTime).toBe(12_345);
  });

  it('moves time only while playing, by wall time times speed', () => {
    const s = store();
    s.getState().tick(50);
    expect(s.getState().renderTime).toBe(0);
    s.getState().setSpeed(4);
    s.getState().play();
    s.getState().tick(50);
    expect(s.getState().renderTime).toBe(200);
    expect(s.getState().snapshot.timeMs).toBe(200);
    s.getState().tick(0.1);
    expect(s.getState().renderTime).toBeCloseTo(200.4, 6);
    expect(s.getState().snapshot.timeMs).toBe(200);
  });

  it('acts through commands and reports refusals', () => {
    const s = store({ timeMs: 5_000 });
    expect(s.getState().command({ type: 'sleep', group: 'class', member: 'ben' })).toBeNull();
    expect(s.getState().snapshot.groups[0]!.members[0]!.status).toBe('asleep');
    expect(s.getState().command({ type: 'sleep', group: 'class', member: 'ben' })).toMatch(/already/);
    expect(s.getState().refusal).toMatch(/already/);
    s.getState().dismissRefusal();
    expect(s.getState().refusal).toBeNull();
  });

  it('seeks, steps and resets', () => {
    const s = store({ timeMs: 20_000 });
    s.getState().seek(5_000);
    expect(s.getState().snapshot.timeMs).toBe(5_000);
    expect(s.getState().horizonMs).toBe(20_000);
    s.getState().stepForward();
    expect(s.getState().snapshot.timeMs).toBeGreaterThan(5_000);
    s.getState().reset();
    expect(s.getState().snapshot.timeMs).toBe(0);
  });

  it('keeps one store per simulator: two stores do not share a world', () => {
    const a = store();
    const b = store();
    a.getState().seek(10_000);
    expect(b.getState().snapshot.timeMs).toBe(0);
  });
});

describe('shared classes', () => {
  it('replays a script of commands and opens at the shared moment', () => {
    const a = store();
    a.getState().seek(4_000);
    a.getState().command({ type: 'sleep', group: 'class', member: 'ben' });
    a.getState().seek(9_000);
    const script = a.getState().recordedCommands();
    expect(script).toEqual([{ timeMs: 4_000, command: { type: 'sleep', group: 'class', member: 'ben' } }]);
    const b = store({ script, timeMs: 9_000 });
    expect(JSON.stringify(b.getState().snapshot)).toBe(JSON.stringify(a.getState().snapshot));
  });
});
