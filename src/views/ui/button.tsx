import type { ButtonHTMLAttributes } from 'react';
import './button.css';

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** `primary`: the action a screen is for, filled with the accent colour. */
  variant?: 'primary';
}

/**
 * The app's plain button, in one recipe (button.css): 44 px tall for a finger or a clicker, the controls'
 * border and radius. A plain button unless `type="submit"` says it sends a form.
 */
export function Button({ variant, className, type = 'button', ...rest }: ButtonProps) {
  const classes = ['button', variant ? `button--${variant}` : '', className ?? ''].filter(Boolean).join(' ');
  return <button type={type} className={classes} {...rest} />;
}
