import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { FormField } from '@/components/ui/form-field';
import { ApiProblem } from '@/lib/api-client';

const problem = new ApiProblem({
  title: 'Invalid request',
  status: 400,
  violations: [
    { field: '$.facts.organizedIn[0]', message: "'XX' is not an ISO 3166-1 alpha-2 country code" },
    { field: '$.name', message: 'must not be blank' },
  ],
});

describe('FormField', () => {
  it('labels an input and describes it by its hint', () => {
    render(<FormField label="Legal name" hint="As registered" defaultValue="Acme" />);
    const input = screen.getByLabelText('Legal name');
    expect(input.tagName).toBe('INPUT');
    expect(input).toHaveValue('Acme');
    expect(input).toHaveAccessibleDescription('As registered');
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('shows client errors and the violations of its problem+json paths, and no others', () => {
    render(
      <FormField
        label="Country of organization"
        errors={['Enter a code.']}
        problem={problem}
        problemFields={['facts.organizedIn', 'facts.organizedIn.0']}
      />,
    );
    const input = screen.getByLabelText('Country of organization');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription("Enter a code. 'XX' is not an ISO 3166-1 alpha-2 country code");
  });

  it('renders a select with its options and a textarea', () => {
    render(
      <>
        <FormField as="select" label="Kind" defaultValue="GOVERNMENT" errors={['pick one']}>
          <option value="ENTITY">Entity</option>
          <option value="GOVERNMENT">Government</option>
        </FormField>
        <FormField as="textarea" label="Reason" defaultValue="checked" />
      </>,
    );
    const select = screen.getByLabelText('Kind');
    expect(select.tagName).toBe('SELECT');
    expect(select).toHaveValue('GOVERNMENT');
    expect(select).toHaveAccessibleDescription('pick one');
    expect(screen.getByLabelText('Reason').tagName).toBe('TEXTAREA');
  });
});
