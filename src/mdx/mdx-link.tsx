import type { ComponentPropsWithoutRef } from 'react';
import { Link } from 'react-router';

/** Internal links go through the router (and so follow the base path); others stay plain links. */
export function MdxLink({ href, children, ...rest }: ComponentPropsWithoutRef<'a'>) {
  if (href?.startsWith('/')) {
    return (
      <Link to={href} {...rest}>
        {children}
      </Link>
    );
  }
  const external = href !== undefined && /^https?:/.test(href);
  return (
    <a href={href} {...rest} {...(external ? { rel: 'noopener noreferrer' } : {})}>
      {children}
    </a>
  );
}
