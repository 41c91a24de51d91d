import type { ReactNode } from 'react';

import { Banner } from '@/components/ui/banner';
import { fieldKey, isApiProblem, type Violation } from '@/lib/api-client';

type ProblemBannerProps = {
  error: unknown;
  /** Violations already shown next to form fields are left out here. */
  shownFields?: readonly string[];
  action?: ReactNode;
};

/** Shows an API problem (or any other error) readably: title, detail and the violations no field took. */
export function ProblemBanner({ error, shownFields = [], action }: ProblemBannerProps) {
  if (!isApiProblem(error)) {
    const message = error instanceof Error ? error.message : String(error);
    return (
      <Banner tone="error" title="Something went wrong" action={action}>
        <p>{message}</p>
      </Banner>
    );
  }
  if (error.isForbidden) {
    return (
      <Banner tone="error" title="You do not have access" action={action}>
        <p>{error.detail ?? 'Your roles do not allow this. Ask an administrator if you need it.'}</p>
      </Banner>
    );
  }
  const rest: Violation[] = error.violations.filter((v) => !shownFields.includes(fieldKey(v.field)));
  return (
    <Banner tone="error" title={error.title} action={action}>
      {error.detail ? <p>{error.detail}</p> : null}
      {rest.length > 0 ? (
        <ul>
          {rest.map((v) => (
            <li key={`${v.field}:${v.message}`}>
              {fieldKey(v.field) ? `${fieldKey(v.field)}: ` : ''}
              {v.message}
            </li>
          ))}
        </ul>
      ) : null}
    </Banner>
  );
}
