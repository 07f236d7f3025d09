import { describe, expect, it } from 'vitest';
import { findScenario } from '../../lessons/scenarios';
import { createSimulatorStore } from '../../store/simulator-store';
import { topicShelfRates } from '../../viz/flights';
import { MAX_CARDS } from '../../viz/stage-metrics';
import { layoutStage } from '../../viz/stage-layout';
import { stageStructure } from '../../viz/stage-structure';
import { flightScene, type FlightSetting } from '../../viz/flight-scene';
import { indexLayout } from '../../viz/stage-index';

function sceneAt(scenario: string, timeMs: number, reduced = false, speed = 1) {
  const { snapshot } = createSimulatorStore(findScenario(scenario)!.scenario, { timeMs }).getState();
  const layout = layoutStage(stageStructure(snapshot), { widthPx: 1280, heightPx: 560 });
  const setting: FlightSetting = {
    layout,
    index: indexLayout(layout),
    reduced,
    turnover: topicShelfRates(snapshot),
  };
  return { snapshot, scene: flightScene(snapshot, timeMs, speed, setting) };
}

describe('flightScene', () => {
  it('flies a note that was just spoken from the teacher towards its shelf', () => {
    const { snapshot, scene } = sceneAt('sleepy-student', 15_000);
    expect(snapshot.topics[0]!.partitions[0]!.recent.at(-1)!.timestamp).toBe(15_000);
    const writes = scene.cards.filter((c) => c.kind === 'write');
    expect(writes).toHaveLength(1);
    expect(writes[0]!.offset).toBe(snapshot.topics[0]!.partitions[0]!.logEndOffset - 1);
  });

  it('moves nothing across the stage with reduced motion', () => {
    const { scene } = sceneAt('sleepy-student', 15_000, true);
    expect(scene.cards.filter((c) => c.kind === 'write' && c.opacity === 1)).toHaveLength(0);
  });

  it('is the same scene for the same moment (a pure function of the moment)', () => {
    expect(sceneAt('calling-backup', 12_345).scene).toEqual(sceneAt('calling-backup', 12_345).scene);
  });

  it('draws at most MAX_CARDS cards in the busy school at 8x', () => {
    const { scene } = sceneAt('stress', 8000, false, 8);
    expect(scene.cards.length).toBeGreaterThan(0);
    expect(scene.cards.length).toBeLessThanOrEqual(MAX_CARDS);
  });
});
