import { useEffect, useState } from 'react';
import { localizeScenario } from '../../lessons/localize-titles';
import type { BuiltInScenario } from '../../lessons/scenarios';
import { useFrames } from '../../store/frame-driver';
import { createSimulatorStore } from '../../store/simulator-store';
import { SimulatorProvider } from '../../store/context';
import { useLang } from '../../store/prefs';
import { Stage } from '../../views/stage/stage';
import { usePhone } from '../../views/use-phone';
import { SavePictureButton } from '../../views/stage/save-picture-button';
import { RunOnKafkaButton } from '../../views/export/run-on-kafka-button';
import { ControlBar } from '../../views/controls/control-bar';
import { HomeLink } from '../../views/controls/home-link';
import { StageZoom } from '../../views/controls/stage-zoom';
import { PagePrefs } from '../../views/controls/page-prefs';
import { Inspector } from '../../views/inspector/inspector';
import { LagChart } from '../../views/charts/lag-chart';
import { APP_NAME, messages } from '../../views/class/messages';
import { Narrator } from '../../views/narrator/narrator';
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
  const phone = usePhone();
  const m = messages(lang);
  const { title } = localizeScenario(builtIn, lang);

  useFrames(store);

  useEffect(() => {
    document.title = `${title} · ${APP_NAME}`;
  }, [title]);

  return (
    <SimulatorProvider store={store}>
      <div className="play">
        <header className="play__header">
          <HomeLink className="play__home" />
          <h1 className="play__title" title={title}>
            {title}
          </h1>
          <SavePictureButton name={builtIn.id} />
          <RunOnKafkaButton store={store} scenario={builtIn.scenario} name={builtIn.id} title={title} />
          <PagePrefs />
        </header>
        <main className="play__stage" aria-label={m.stage}>
          <StageZoom>
            <Stage chart={!phone} pictureKey={`play/${builtIn.id}`} />
          </StageZoom>
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
