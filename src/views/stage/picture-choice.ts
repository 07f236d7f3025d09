/**
 * A crowded class's picture, as the reader last chose it (Every shelf pressed, or the overview again),
 * remembered per class between visits as the page's language and theme are (app/lang-setup.ts): a
 * teacher who drew every shelf of the busy school finds it so after a reload or a visit elsewhere. Only
 * the choice between the two pictures is kept; a class past the detailed limits (shared/class-size.ts
 * isLargeClass) is drawn as its overview whatever was remembered, since stage.tsx never offers it.
 */
const STORAGE_KEY = 'kafka-classroom.picture';

/** Classes remembered at most: the built-in ones and the sandbox, with room to spare. */
const MAX_CLASSES = 64;

type Choice = 'every-shelf' | 'overview';

/** The saved choices, oldest first (a Map: a class id such as "__proto__" stays a plain key). */
function read(): Map<string, Choice> {
  const out = new Map<string, Choice>();
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return out;
    for (const [k, v] of Object.entries(parsed as Record<string, unknown>))
      if (v === 'every-shelf' || v === 'overview') out.set(k, v);
  } catch {
    // Storage blocked (private modes, strict policies) or damaged: the overview, as on a first visit.
  }
  return out;
}

/** Whether the reader last asked for every shelf of the class `key` (false when never asked). */
export function rememberedEveryShelf(key: string | undefined): boolean {
  if (key === undefined) return false;
  return read().get(key) === 'every-shelf';
}

/** Keeps the reader's choice for the class `key`; nothing is kept without a key. */
export function rememberPicture(key: string | undefined, everyShelf: boolean): void {
  if (key === undefined) return;
  const choices = read();
  choices.delete(key);
  choices.set(key, everyShelf ? 'every-shelf' : 'overview');
  const kept = [...choices].slice(-MAX_CLASSES);
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(Object.fromEntries(kept)));
  } catch {
    // Not remembered, but the button still works for this visit.
  }
}
