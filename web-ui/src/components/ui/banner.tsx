import type { ReactNode } from 'react';

type BannerProps = {
  tone: 'error' | 'info' | 'success';
  title: string;
  children?: ReactNode;
  action?: ReactNode;
};

/** A message box; errors are announced at once (role="alert"), the rest politely (role="status"). */
export function Banner({ tone, title, children, action }: BannerProps) {
  return (
    <div className={`banner banner--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <p className="banner__title">{title}</p>
      {children ? <div className="banner__body">{children}</div> : null}
      {action ? <div className="banner__action">{action}</div> : null}
    </div>
  );
}
