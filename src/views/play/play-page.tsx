import { useEffect, useState } from 'react';
import { localizeScenario } from '../../lessons/localize-titles';
import type { BuiltInScenario } from '../../lessons/scenarios';
import { driveFrames } from '../../store/frame-driver';
import { createSimulatorStore } from '../../store/simulator-store';
import { SimulatorProvider } from '../../store/context';
import { useLang } from '../../store/prefs';
import { Stage } from '../stage/stage';
import { SavePictureButton } from '../stage/save-picture-button';
import { ControlBar } from '../controls/control-bar';
import { LangSwitch } from '../controls/lang-switch';
import { Inspector } from '../inspector/inspector';
import { LagChart } from '../charts/lag-chart';
import { APP_NAME, messages } from './messages';
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
  const lang = useLang();
  const m = messages(lang);
  const { title } = localizeScenario(builtIn, lang);

  useEffect(() => driveFrames(store), [store]);

  useEffect(() => {
    document.title = `${title} · ${APP_NAME}`;
  }, [title]);

  return (
    <SimulatorProvider store={store}>
      <div className="play">
        <header className="play__header">
          <a className="play__home" href="#/">
            {APP_NAME}
          </a>
          <h1 className="play__title" title={title}>
            {title}
          </h1>
          <SavePictureButton name={builtIn.id} />
          <LangSwitch />
        </header>
        <main className="play__stage" aria-label={m.stage}>
          <Stage />
          <aside className="play__chart" aria-label={m.chart}>
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
