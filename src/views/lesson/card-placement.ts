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
