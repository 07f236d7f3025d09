import { useId, type KeyboardEvent, type ReactNode } from 'react';
import type { Box } from '../../viz/geometry';
import { inflate } from '../../viz/geometry';

interface SelectableProps {
  label: string;
  /**
   * What changes while it plays (a student's backlog), said after the name: kept out of the name so that a
   * screen reader does not announce the part anew with every note.
   */
  description?: string;
  /** The area that takes clicks and shows the focus ring and the selection outline. */
  area: Box;
  selected: boolean;
  onSelect: () => void;
  className?: string;
  children: ReactNode;
}

/**
 * A focusable, clickable part of the picture (a student, a shelf, a group...). SVG has no buttons, so this
 * is a <g role="button"> that answers Enter and Space like one; the outline shows what the inspector shows.
 */
export function Selectable({
  label,
  description,
  area,
  selected,
  onSelect,
  className,
  children,
}: SelectableProps) {
  const descriptionId = useId();
  const onKeyDown = (e: KeyboardEvent<SVGGElement>): void => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect();
    }
  };
  const ring = inflate(area, 4);
  return (
    <g
      role="button"
      tabIndex={0}
      aria-label={label}
      aria-describedby={description === undefined ? undefined : descriptionId}
      aria-current={selected ? 'true' : undefined}
      className={`stage-button ${className ?? ''}`}
      onClick={onSelect}
      onKeyDown={onKeyDown}
    >
      {description === undefined ? null : <desc id={descriptionId}>{description}</desc>}
      <rect className="stage-hit" x={area.x} y={area.y} width={area.w} height={area.h} />
      {children}
      <rect
        className={selected ? 'stage-ring stage-ring--selected' : 'stage-ring'}
        x={ring.x}
        y={ring.y}
        width={ring.w}
        height={ring.h}
        rx={10}
      />
    </g>
  );
}
