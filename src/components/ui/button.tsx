import type { ButtonHTMLAttributes } from 'react';
import './ui.css';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: 'default' | 'primary' | 'danger' | 'quiet';
  size?: 'normal' | 'small';
}

/** A button that never submits by accident: `type="button"` unless told otherwise. */
export function Button({
  variant = 'default',
  size = 'normal',
  className,
  type = 'button',
  ...props
}: ButtonProps) {
  const classes = ['button', variant !== 'default' && variant, size === 'small' && 'small', className]
    .filter(Boolean)
    .join(' ');
  return <button type={type} className={classes} {...props} />;
}
