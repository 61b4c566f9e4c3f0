import type { ComponentPropsWithoutRef } from 'react';
import { useT } from '../lib/i18n';

function textOf(children: unknown): string {
  if (typeof children === 'string' || typeof children === 'number') return String(children);
  if (Array.isArray(children)) return children.map(textOf).join('');
  if (children && typeof children === 'object' && 'props' in children) {
    return textOf((children as { props: { children?: unknown } }).props.children);
  }
  return '';
}

function AnchoredHeading({ level, id, children, ...rest }: ComponentPropsWithoutRef<'h2'> & { level: 2 | 3 | 4 }) {
  const t = useT();
  const Tag = `h${level}` as const;
  return (
    <Tag id={id} className="anchored-heading" tabIndex={-1} {...rest}>
      {children}
      {id ? (
        <a className="heading-anchor" href={`#${id}`} aria-label={t('mdx.anchor', { title: textOf(children) })}>
          <span aria-hidden="true">#</span>
        </a>
      ) : null}
    </Tag>
  );
}

export const H2 = (props: ComponentPropsWithoutRef<'h2'>) => <AnchoredHeading level={2} {...props} />;
export const H3 = (props: ComponentPropsWithoutRef<'h3'>) => <AnchoredHeading level={3} {...props} />;
export const H4 = (props: ComponentPropsWithoutRef<'h4'>) => <AnchoredHeading level={4} {...props} />;
