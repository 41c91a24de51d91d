import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';

import { isApiProblem } from '@/lib/api-client';

type Common = {
  label: string;
  hint?: string | undefined;
  /** Messages shown under the field; the control is then marked aria-invalid and described by them. */
  errors?: readonly string[] | undefined;
  /**
   * A failed request's error and the problem+json field keys (as `fieldKey` gives them: "name", "facts.organizedIn.0")
   * whose violations belong to this field; they are shown after `errors`.
   */
  problem?: unknown;
  problemFields?: readonly string[] | undefined;
};

type InputProps = Common & { as?: 'input' } & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>;
type SelectProps = Common & { as: 'select'; children: ReactNode } & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'>;
type TextareaProps = Common & { as: 'textarea' } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>;

export type FormFieldProps = InputProps | SelectProps | TextareaProps;

/** The violations of an ApiProblem for the given field keys ("$.facts.organizedIn[0]" → "facts.organizedIn.0"). */
export function problemMessages(problem: unknown, fields: readonly string[] | undefined): string[] {
  if (!fields?.length || !isApiProblem(problem)) return [];
  const byField = problem.fieldErrors();
  return fields.flatMap((field) => byField[field] ?? []);
}

/**
 * One labelled form control (input, select or textarea) with an optional hint and its error messages, wired for
 * assistive technology: `aria-invalid` and `aria-describedby` (hint, then errors).
 */
export function FormField(props: FormFieldProps) {
  const id = useId();
  const { label, hint, errors = [], problem, problemFields, ...rest } = props;
  const messages = [...errors, ...problemMessages(problem, problemFields)];
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, messages.length > 0 ? errorId : null].filter(Boolean).join(' ');
  const aria = {
    id,
    'aria-invalid': messages.length > 0 || undefined,
    'aria-describedby': describedBy || undefined,
  };

  let control: ReactNode;
  if (rest.as === 'select') {
    const { as: _as, children, ...selectProps } = rest;
    control = (
      <select {...aria} {...selectProps}>
        {children}
      </select>
    );
  } else if (rest.as === 'textarea') {
    const { as: _as, ...textareaProps } = rest;
    control = <textarea {...aria} {...textareaProps} />;
  } else {
    const { as: _as, ...inputProps } = rest;
    control = <input {...aria} {...inputProps} />;
  }

  return (
    <div className={`field${messages.length > 0 ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {control}
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      {messages.length > 0 ? (
        <p id={errorId} className="field__error">
          {messages.join(' ')}
        </p>
      ) : null}
    </div>
  );
}
