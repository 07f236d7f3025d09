import type { ButtonHTMLAttributes } from 'react';
import './action-button.css';

interface ActionButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type'> {
  tone?: 'plain' | 'primary' | 'danger' | 'link';
}

/** The inspector's buttons: at least 44 px high, flat, with a clear focus ring. */
export function ActionButton({ tone = 'plain', className, ...rest }: ActionButtonProps) {
  return (
    <button
      type="button"
      className={`action-button action-button--${tone}${className ? ` ${className}` : ''}`}
      {...rest}
    />
  );
}
