import { useEffect, useState } from 'react';
import type { BuiltInScenario } from '../../lessons/scenarios';
import { startFrameLoop } from '../../runtime/frame-loop';
import { createSimulatorStore } from '../../store/simulator-store';
import { SimulatorProvider } from '../../store/context';
import { Stage } from '../stage/stage';
import { SavePictureButton } from '../stage/save-picture-button';
import { ControlBar } from '../controls/control-bar';
import { Inspector } from '../inspector/inspector';
import { LagChart } from '../charts/lag-chart';
import { Narrator } from './narrator';
import './play-page.css';

interface PlayPageProps {
  builtIn: BuiltInScenario;
  timeMs?: number;
  speed?: number;
  playing: boolean;
}

/** Free play: the stage, the player controls, and panels that slide over the stage when asked for. */
export function PlayPage({ builtIn, timeMs, speed, playing }: PlayPageProps) {
  const [store] = useState(() => createSimulatorStore(builtIn.scenario, { timeMs, speed, playing }));

  useEffect(() => startFrameLoop((delta) => store.getState().tick(delta)), [store]);

  useEffect(() => {
    document.title = `${builtIn.title} · Kafka Classroom`;
  }, [builtIn.title]);

  return (
    <SimulatorProvider store={store}>
      <div className="play">
        <header className="play__header">
          <a className="play__home" href="#/">
            Kafka Classroom
          </a>
          <h1 className="play__title">{builtIn.title}</h1>
          <SavePictureButton name={builtIn.id} />
        </header>
        <main className="play__stage" aria-label="Stage">
          <Stage />
          <aside className="play__chart" aria-label="Backlog over time">
            <LagChart size="small" />
          </aside>
          <Inspector />
        </main>
        <ControlBar />
        <Narrator />
      </div>
    </SimulatorProvider>
  );
}
