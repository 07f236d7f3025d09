import type { SimulatorStore } from '../../store/simulator-store';
import type { PresenterAction } from './presenter-messages';

/**
 * What "Next", "Previous", "Reveal" and "Replay" do, wherever they come from: a button, a clicker key or
 * the presenter view. Next moves on at once, also while the step still plays or asks (skipping the rest).
 */
export function runLessonAction(store: SimulatorStore, action: PresenterAction): void {
  const state = store.getState();
  if (!state.lesson) return;
  switch (action) {
    case 'next':
      state.nextStep();
      break;
    case 'previous':
      state.previousStep();
      break;
    case 'reveal':
      state.reveal();
      break;
    case 'replay':
      state.replayStep();
      break;
  }
}
