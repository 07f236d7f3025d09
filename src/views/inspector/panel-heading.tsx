import type { ReactNode } from 'react';
import { useInspectorHeadingId } from './inspector-focus';
import './panel-heading.css';

/** The drawer's title: what kind of thing (the kicker) and its name. Focused when the drawer opens on it. */
export function PanelHeading({ kicker, title }: { kicker: ReactNode; title: string }) {
  const id = useInspectorHeadingId();
  return (
    <header className="panel-heading">
      <p className="panel-heading__kicker">{kicker}</p>
      <h2 id={id} tabIndex={-1} className="panel-heading__title">
        {title}
      </h2>
    </header>
  );
}
