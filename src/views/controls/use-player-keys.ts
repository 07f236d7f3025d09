import { useEffect } from 'react';
import { useSimulatorStore } from '../../store/context';

/** Elements that use Space themselves (to press, tick, or type). */
const USES_SPACE =
  'input, textarea, select, button, summary, a[href], [contenteditable=""], [contenteditable="true"], ' +
  '[role="button"], [role="checkbox"], [role="radio"], [role="switch"], [role="slider"], [role="textbox"], ' +
  '[role="menuitem"], [role="option"], [role="tab"], [role="spinbutton"], [role="combobox"]';

/** Elements that use the left and right arrows themselves (to move a caret, a thumb or a choice). */
const USES_ARROWS =
  'input, textarea, select, [contenteditable=""], [contenteditable="true"], [role="slider"], ' +
  '[role="radio"], [role="radiogroup"], [role="textbox"], [role="spinbutton"], [role="combobox"], ' +
  '[role="tablist"], [role="menu"], [role="listbox"], [role="grid"], [role="tree"]';

function within(target: EventTarget | null, selector: string): boolean {
  return target instanceof Element && target.closest(selector) !== null;
}

/**
 * Player keys on the whole page: Space plays and pauses, the arrows step back and forward. They stand back
 * whenever the focused element needs the key for itself, and while a dialog is open.
 */
export function usePlayerKeys(): void {
  const store = useSimulatorStore();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (within(event.target, 'dialog, [role="dialog"], [role="alertdialog"]')) return;
      if (event.key === ' ' || event.code === 'Space') {
        if (within(event.target, USES_SPACE) || event.repeat) return;
        event.preventDefault();
        store.getState().togglePlay();
      } else if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
        if (event.shiftKey || within(event.target, USES_ARROWS)) return;
        event.preventDefault();
        if (event.key === 'ArrowLeft') store.getState().stepBack();
        else store.getState().stepForward();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);
}
