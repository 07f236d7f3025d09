import { createContext, useContext } from 'react';

/** The id of the drawer's heading: it names the drawer, and takes focus when the drawer opens on something. */
export const InspectorHeadingContext = createContext<string | null>(null);

export function useInspectorHeadingId(): string {
  const id = useContext(InspectorHeadingContext);
  if (id === null) throw new Error('A panel heading must sit inside the Inspector');
  return id;
}
