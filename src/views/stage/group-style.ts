import { groupColor, inkOn } from '../../viz/palette';

/** How a group is recognised on the stage: its colour, the ink that reads on it, and its tag. */
export interface GroupStyle {
  readonly color: string;
  readonly ink: string;
  readonly tag: string;
}

export function groupStyle(index: number, tag: string): GroupStyle {
  const color = groupColor(index);
  return { color, ink: inkOn(color), tag };
}
