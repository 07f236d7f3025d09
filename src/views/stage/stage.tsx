import { useEffect, useMemo, useRef, useState } from 'react';
import { BUSY_REFRESH_MS, CROWDED_DETAIL_REFRESH_MS } from '../../shared/busy-refresh';
import { useSimulatorStore } from '../../store/context';
import { useVoice } from '../../store/prefs';
import { classSize, isCrowdedClass, isLargeClass } from '../../shared/class-size';
import type { StageLayout, Viewport } from '../../viz/layout-types';
import { isLegible, layoutStage } from '../../viz/stage-layout';
import { sameStructure, stageStructure } from '../../viz/stage-structure';
import { DetailedStage } from './detailed-stage';
import { OverviewStage } from './overview-stage';
import { rememberedEveryShelf, rememberPicture } from './picture-choice';
import { PictureToggle, TOGGLE_PX } from './picture-toggle';
import { useMeasuredSize } from './use-element-size';
import { useSlowSnapshot } from './use-slow-snapshot';
import { useStable } from './use-stable';
import './stage.css';
import './replication.css';

/**
 * The classroom stage: teacher(s) on the left, the note-taking machine(s) in the middle, study groups on
 * the right. Three SVGs with one viewBox are stacked to fill the parent: the furniture (selectable,
 * redrawn a few times a second), the notes on the shelves, and what flies (each on its own compositor
 * layer, so a frame repaints only what moved). The layout is memoised on the snapshot's structure and the
 * stage's size; motion lives in the few components that read the render time. `chart`: keep the
 * bottom-left corner free for the page's chart (presenter mode shows none: the picture takes it all).
 *
 * Past the detailed picture's limits the class is drawn as an overview (overview-stage.tsx); a crowded
 * class (shared/class-size.ts, the busy school) too, where its detailed picture would not be legible at
 * the stage's measured size, unless the reader asked for every shelf (picture-toggle.tsx; remembered per
 * class, picture-choice.ts).
 */
export function Stage(props: StageProps = {}) {
  const size = classSize(useSlowSnapshot());
  const ref = useRef<HTMLDivElement>(null);
  const measured = useMeasuredSize(ref);
  return (
    <div className="stage" ref={ref}>
      {isLargeClass(size) ? (
        <OverviewStage chart={props.chart} size={measured.size} />
      ) : (
        <ChosenStage {...props} size={measured.size} crowded={measured.measurable && isCrowdedClass(size)} />
      )}
    </div>
  );
}

interface StageProps {
  chart?: boolean;
  /** Told each new layout (the lesson page places its cards clear of what a step talks about). */
  onLayout?: (layout: StageLayout) => void;
  /**
   * Presenter mode: the topics the step talks about, joined by newlines. A machine nobody reads (a
   * translator's output) may then be left off the stage when that is what makes the picture legible on
   * a projector; null shows everything.
   */
  focus?: string | null;
  /**
   * The class's id where its picture choice is remembered between visits (picture-choice.ts): a built-in
   * class's page, the sandbox. Without one the choice lasts while the page is open.
   */
  pictureKey?: string;
}

/**
 * The detailed picture, or a crowded class's overview where the detailed one's names and numbers would
 * come out under 20 px (stage-layout.ts `isLegible`): the layout is searched either way (memoised on the
 * structure and the size, so only when they change), and decides.
 */
function ChosenStage({
  chart = true,
  onLayout,
  focus = null,
  pictureKey,
  size,
  crowded,
}: StageProps & { size: Viewport; crowded: boolean }) {
  const snapshot = useSlowSnapshot();
  const voice = useVoice();
  // The reader's last choice for this class; a class past the detailed limits never comes here (Stage).
  const [detailed, setDetailed] = useState(() => rememberedEveryShelf(pictureKey));
  const choose = (everyShelf: boolean): void => {
    setDetailed(everyShelf);
    rememberPicture(pictureKey, everyShelf);
  };
  // The structure keeps its reference while the furniture is the same, so the layout is recomputed only
  // when the furniture changes.
  const structure = useStable(stageStructure(snapshot), sameStructure);
  const offstage = useMemo(
    () => (focus === null ? null : { keep: focus === '' ? [] : focus.split('\n') }),
    [focus],
  );
  const layout = useMemo(
    () => layoutStage(structure, size, { chart, offstage }),
    [structure, size, chart, offstage],
  );
  const choice = crowded && !isLegible(layout);
  // A crowded class's detailed picture redraws its text and streams less often (CROWDED_DETAIL_REFRESH_MS:
  // its redraw is the frame a slow laptop drops); its overview keeps the busy period.
  const store = useSimulatorStore();
  const heavy = crowded && (!choice || detailed);
  useEffect(() => {
    if (!heavy) return;
    const { setBusyRefresh } = store.getState();
    setBusyRefresh(CROWDED_DETAIL_REFRESH_MS);
    return () => setBusyRefresh(BUSY_REFRESH_MS);
  }, [store, heavy]);
  // Every shelf drawn at the reader's asking: laid out below a strip kept for the toggle, as the overview
  // keeps one, so the pressed button covers nothing the picture or a caption talks about (at 1280x720 it
  // sat over the machine's status light).
  const below = useMemo(
    () => (choice && detailed ? layoutStage(structure, belowToggle(size), { chart, offstage }) : null),
    [choice, detailed, structure, size, chart, offstage],
  );
  if (!choice) return <DetailedStage layout={layout} structure={structure} onLayout={onLayout} />;
  const toggle = <PictureToggle voice={voice} detailed={detailed} onChange={choose} />;
  return (
    <>
      {below === null ? (
        <OverviewStage chart={chart} size={size} toggle />
      ) : (
        <div className="stage-below-toggle">
          <DetailedStage layout={below} structure={structure} onLayout={onLayout} />
        </div>
      )}
      {toggle}
    </>
  );
}

/** The stage's size less the strip along its top kept for the picture's toggle. */
function belowToggle(size: Viewport): Viewport {
  return { widthPx: size.widthPx, heightPx: Math.max(50, size.heightPx - TOGGLE_PX) };
}
