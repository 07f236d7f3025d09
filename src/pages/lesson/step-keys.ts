import type { PresenterAction } from './presenter-messages';

/** Fields that take typed text: the step keys stand back there. */
const TEXT_FIELD =
  'textarea, select, [contenteditable=""], [contenteditable="true"], [role="textbox"], [role="combobox"], ' +
  '[role="searchbox"], [role="spinbutton"], input:not([type]), input[type="text"], input[type="search"], ' +
  'input[type="number"], input[type="email"], input[type="url"], input[type="tel"], input[type="password"]';

/** Sliders move by a page with PageUp/PageDown (the ARIA slider pattern): there those keys stay theirs. */
const SLIDER = 'input[type="range"], [role="slider"]';

function within(target: EventTarget | null, selector: string): boolean {
  return target instanceof Element && target.closest(selector) !== null;
}

/**
 * The clicker's keys: PageDown or N for the next step, PageUp or P for the previous one, R to reveal the
 * answer. Null when the key is not one of them, or belongs to what has focus (text fields, sliders, dialogs,
 * or any element that already handled it).
 */
export function stepKeyAction(event: KeyboardEvent): PresenterAction | null {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.repeat) return null;
  if (within(event.target, TEXT_FIELD)) return null;
  if (within(event.target, 'dialog, [role="dialog"], [role="alertdialog"]')) return null;
  switch (event.key) {
    case 'PageDown':
      return within(event.target, SLIDER) ? null : 'next';
    case 'PageUp':
      return within(event.target, SLIDER) ? null : 'previous';
    case 'n':
    case 'N':
      return 'next';
    case 'p':
    case 'P':
      return 'previous';
    case 'r':
    case 'R':
      return 'reveal';
    default:
      return null;
  }
}
