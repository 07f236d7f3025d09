import type { Subject } from '../../lessons/lesson';

/** Where the lesson's cards sit over the stage: a bottom corner (or the middle) away from the step's subject. */
export type CardPlacement = 'left' | 'center' | 'right';

/**
 * The stage reads left to right: teachers (producers) at the left, machines (topics, partitions) in the
 * middle, study groups at the right. The cards go where the step's subject is not: to the left when it
 * talks about students or groups, to the right when it talks about the teacher or a shelf, and to the middle
 * when it talks about both ends at once. With the inspector open over the right, they keep to the left.
 */
export function cardPlacement(
  highlight: readonly Subject[] | undefined,
  inspectorOpen = false,
): CardPlacement {
  const subjects = highlight ?? [];
  const right = subjects.some((s) => s.kind === 'group' || s.kind === 'member');
  const left = subjects.some((s) => s.kind === 'producer');
  if (right && left) return inspectorOpen ? 'left' : 'center';
  if (right || inspectorOpen) return 'left';
  return 'right';
}

/** A rectangle in CSS pixels, relative to the stage's top-left corner. */
export interface PxBox {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

function overlap(a: PxBox, b: PxBox): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Whether a card at `card` covers any of `subjects` (more than a pixel's sliver). */
export function cardCovers(card: PxBox, subjects: readonly PxBox[]): boolean {
  return subjects.some((s) => overlap(card, s) > 1);
}

export interface CardRoom {
  /** The stage's size in px. */
  readonly w: number;
  readonly h: number;
  /** Room kept free at the top (the presenter's controls when they show) and around the edges. */
  readonly top: number;
  readonly inset: number;
}

/**
 * Where a card of `card` size goes on the stage: clear of what the step talks about (`subjects`, the
 * spotlight's boxes) above all, then of the rest of the picture (`furniture`) and of covered parts
 * (`covered`: an open drawer). Tries the corners, the middles of the top and bottom edges, and the places
 * just beside each subject, and keeps the one that covers least; ties keep the earlier (top first).
 */
export function placeCard(
  room: CardRoom,
  card: { readonly w: number; readonly h: number },
  subjects: readonly PxBox[],
  furniture: readonly PxBox[],
  covered: readonly PxBox[] = [],
): { x: number; y: number } {
  const { inset, top } = room;
  const maxX = Math.max(inset, room.w - card.w - inset);
  const maxY = Math.max(top, room.h - card.h - inset);
  const clampX = (x: number): number => Math.min(maxX, Math.max(inset, x));
  const clampY = (y: number): number => Math.min(maxY, Math.max(top, y));
  const xs = [inset, maxX, (room.w - card.w) / 2];
  const candidates: { x: number; y: number }[] = [];
  for (const y of [top, maxY]) for (const x of xs) candidates.push({ x: clampX(x), y });
  for (const s of subjects) {
    const gap = 8;
    candidates.push(
      { x: clampX(s.x + s.w + gap), y: clampY(s.y) },
      { x: clampX(s.x - card.w - gap), y: clampY(s.y) },
      { x: clampX(s.x), y: clampY(s.y + s.h + gap) },
      { x: clampX(s.x), y: clampY(s.y - card.h - gap) },
    );
  }
  let best = candidates[0]!;
  let bestCost = Infinity;
  for (const c of candidates) {
    const b = { x: c.x, y: c.y, w: card.w, h: card.h };
    let cost = 0;
    for (const s of subjects) cost += 100 * overlap(b, s);
    for (const s of covered) cost += 100 * overlap(b, s);
    for (const f of furniture) cost += overlap(b, f);
    if (cost < bestCost - 1e-6) {
      best = c;
      bestCost = cost;
    }
  }
  return best;
}
