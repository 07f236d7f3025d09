import type { ReactNode } from 'react';
import { useFrames } from '../../store/frame-driver';
import { SimulatorProvider } from '../../store/context';
import { useLang } from '../../store/prefs';
import type { SimulatorStore } from '../../store/simulator-store';
import { LagChart } from '../charts/lag-chart';
import { ControlBar } from '../controls/control-bar';
import { StageZoom } from '../controls/stage-zoom';
import { Inspector } from '../inspector/inspector';
import { messages } from './messages';
import { Stage } from '../stage/stage';
import { usePhone } from '../use-phone';
import './class-stage.css';

/**
 * A running class as free play shows it (stage, backlog chart, inspector, player controls), for a store made
 * elsewhere: the sandbox's preview and a shared class. `children` sit above the stage (a lesson's caption).
 */
export function ClassStage({
  store,
  children,
  pictureKey,
}: {
  store: SimulatorStore;
  children?: ReactNode;
  /** Where a crowded class's choice of picture is remembered (stage.tsx); none: for the page's life. */
  pictureKey?: string;
}) {
  useFrames(store);
  const m = messages(useLang());
  const phone = usePhone();
  return (
    <SimulatorProvider store={store}>
      <div className="class-stage">
        {children}
        <section className="class-stage__stage" aria-label={m.stage}>
          <StageZoom>
            <Stage chart={!phone} pictureKey={pictureKey} />
          </StageZoom>
          <aside className="class-stage__chart" aria-label={m.chart}>
            <LagChart size="small" />
          </aside>
          <Inspector />
        </section>
        <ControlBar />
      </div>
    </SimulatorProvider>
  );
}
