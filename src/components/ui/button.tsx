/**
 * The one button of the interface: every action, in every feature, is a `Button` (or a link
 * drawn as one with `buttonClass`). Its look is a variant, not a class of its own: by default
 * the secondary look (on the surface); `primary` for the page's main action (filled), `danger`
 * for what loses data; `small` for the compact ones (the quiz's ordering arrows). Disabled, by
 * `disabled` or `aria-disabled`, it reads as muted. Styles: button.css.
 */
import type { ComponentPropsWithRef } from 'react';
import './button.css';

export interface ButtonLook {
  /** Left out: the secondary look. */
  variant?: 'primary' | 'danger';
  size?: 'small';
  /** Classes of the place the button sits in (its layout, never its look). */
  className?: string;
}

/** The classes of a button's look, for an element that must stay a link (`<Link className={…}>`). */
export function buttonClass({ variant, size, className }: ButtonLook): string {
  return `button${variant ? ` button--${variant}` : ''}${size ? ` button--${size}` : ''}${className ? ` ${className}` : ''}`;
}

export type ButtonProps = Omit<ComponentPropsWithRef<'button'>, 'className'> &
  ButtonLook & { type: 'button' | 'submit' };

export function Button({ variant, size, className, ...props }: ButtonProps) {
  return <button {...props} className={buttonClass({ variant, size, className })} />;
}
