import type { ButtonHTMLAttributes } from 'react';
import './button.css';

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /**
   * `primary`: the action a screen is for, filled with the accent colour. `compact`: 40 px tall and on one
   * line, for a toolbar's or an alert's buttons, where a page's title or a sentence needs the room.
   */
  variant?: 'primary' | 'compact';
}

/**
 * The app's plain button, in one recipe (button.css): 44 px tall for a finger or a clicker, the controls'
 * border and radius. A plain button unless `type="submit"` says it sends a form.
 */
export function Button({ variant, className, type = 'button', ...rest }: ButtonProps) {
  const classes = ['button', variant ? `button--${variant}` : '', className ?? ''].filter(Boolean).join(' ');
  return <button type={type} className={classes} {...rest} />;
}
