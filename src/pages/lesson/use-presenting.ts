import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Presenter mode: full screen when the browser allows it (a refusal is quiet: the page presents in its
 * window), left with Escape or by leaving full screen. `canLeaveWithEscape` lets an open drawer or dialog
 * take Escape first.
 */
export function usePresenting(canLeaveWithEscape: () => boolean): {
  presenting: boolean;
  enter: () => void;
  leave: () => void;
} {
  const [presenting, setPresenting] = useState(false);
  /** Whether this page put the document in full screen (so leaving full screen leaves presenter mode). */
  const fullscreen = useRef(false);

  const enter = useCallback(() => {
    setPresenting(true);
    const root = document.documentElement;
    if (document.fullscreenElement || typeof root.requestFullscreen !== 'function') return;
    try {
      root.requestFullscreen().then(
        () => {
          fullscreen.current = true;
        },
        () => {
          // Refused (no user gesture, a policy, an iframe): present inside the window instead.
        },
      );
    } catch {
      // Older engines throw instead of rejecting: same answer.
    }
  }, []);

  const leave = useCallback(() => {
    setPresenting(false);
    if (fullscreen.current && document.fullscreenElement && typeof document.exitFullscreen === 'function') {
      fullscreen.current = false;
      document.exitFullscreen().catch(() => {
        // Already left.
      });
    }
  }, []);

  useEffect(() => {
    // The browser's own Escape (or F11) leaves full screen before the page hears a key: follow it.
    const onChange = (): void => {
      if (document.fullscreenElement) return;
      if (fullscreen.current) {
        fullscreen.current = false;
        setPresenting(false);
      }
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  useEffect(() => {
    if (!presenting) return;
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (event.target instanceof Element && event.target.closest('dialog, [role="dialog"]')) return;
      if (!canLeaveWithEscape()) return;
      event.preventDefault();
      leave();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [presenting, canLeaveWithEscape, leave]);

  // Leaving the page (another address) leaves full screen too.
  useEffect(
    () => () => {
      if (fullscreen.current && document.fullscreenElement && typeof document.exitFullscreen === 'function') {
        document.exitFullscreen().catch(() => {
          // Already left.
        });
      }
    },
    [],
  );

  return { presenting, enter, leave };
}

/** Keys a clicker sends: they move the story on and must not bring the controls back over the picture. */
const CLICKER_KEYS = new Set(['PageDown', 'PageUp', 'n', 'N', 'p', 'P', 'r', 'R']);

/** How long the controls stay after the last movement, in presenter mode. */
export const CHROME_IDLE_MS = 2500;

/**
 * In presenter mode the header and the player controls get out of the way: shown while the mouse moves or
 * a key is pressed, hidden after a moment of stillness, unless `keepShown` says someone is using them. A
 * timeout for a piece of UI, not for the simulation: simulated time has only the runtime's frame loop.
 */
export function useIdleChrome(
  active: boolean,
  keepShown: () => boolean,
  delayMs = CHROME_IDLE_MS,
): { shown: boolean; wake: () => void } {
  const [hidden, setHidden] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const schedule = useCallback(() => {
    clearTimeout(timer.current);
    const check = (): void => {
      if (keepShown()) timer.current = setTimeout(check, delayMs);
      else setHidden(true);
    };
    timer.current = setTimeout(check, delayMs);
  }, [keepShown, delayMs]);

  const wake = useCallback(() => {
    setHidden(false);
    schedule();
  }, [schedule]);

  useEffect(() => {
    if (!active) return;
    schedule();
    const onActivity = (event: Event): void => {
      if (event instanceof KeyboardEvent && CLICKER_KEYS.has(event.key)) return;
      setHidden(false);
      schedule();
    };
    const events = ['mousemove', 'pointerdown', 'keydown', 'touchstart', 'wheel'] as const;
    for (const type of events) window.addEventListener(type, onActivity, { passive: true });
    return () => {
      clearTimeout(timer.current);
      for (const type of events) window.removeEventListener(type, onActivity);
    };
  }, [active, schedule]);

  return { shown: !active || !hidden, wake };
}
