import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';

import { Banner } from '@/components/ui/banner';
import { Button } from '@/components/ui/button';
import { ProblemBanner } from '@/components/ui/problem-banner';
import { FormField } from '@/components/ui/form-field';
import { paths } from '@/config/paths';
import { isApiProblem } from '@/lib/api-client';

import {
  createVendorInputSchema,
  duplicateVendorOf,
  useCreateVendor,
  type CreateVendorInput,
} from '../api/create-vendor';

type FieldErrors = Partial<Record<'name' | 'country', string[]>>;

const FORM_FIELDS = ['name', 'country'] as const;

export function CreateVendorForm() {
  const [name, setName] = useState('');
  const [country, setCountry] = useState('');
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const [added, setAdded] = useState<string | null>(null);
  // What was last sent, so "Register anyway" confirms exactly the vendor the server called a duplicate.
  const [submitted, setSubmitted] = useState<CreateVendorInput | null>(null);

  const createVendor = useCreateVendor({
    onSuccess: (vendor) => {
      setAdded(vendor.name);
      setName('');
      setCountry('');
    },
  });

  const serverErrors: FieldErrors = isApiProblem(createVendor.error) ? createVendor.error.fieldErrors() : {};
  const errorsFor = (field: keyof FieldErrors) => clientErrors[field] ?? serverErrors[field];
  const shownFields = FORM_FIELDS.filter((field) => (serverErrors[field]?.length ?? 0) > 0);
  const duplicateOf = duplicateVendorOf(createVendor.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAdded(null);
    const parsed = createVendorInputSchema.safeParse({ name, country });
    if (!parsed.success) {
      const errors: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0];
        if (field === 'name' || field === 'country') (errors[field] ??= []).push(issue.message);
      }
      setClientErrors(errors);
      createVendor.reset();
      return;
    }
    setClientErrors({});
    setSubmitted(parsed.data);
    createVendor.mutate(parsed.data);
  }

  function registerAnyway() {
    if (!submitted) return;
    setAdded(null);
    createVendor.mutate({ ...submitted, confirmDuplicate: true });
  }

  return (
    <section className="card" aria-labelledby="new-vendor-heading">
      <h2 id="new-vendor-heading">New vendor</h2>
      <form className="vendor-form" onSubmit={onSubmit} noValidate>
        <FormField
          label="Vendor name"
          name="name"
          autoComplete="off"
          maxLength={200}
          value={name}
          onChange={(e) => setName(e.target.value)}
          errors={errorsFor('name')}
        />
        <FormField
          label="Country"
          name="country"
          hint="Two-letter ISO code, e.g. DE"
          autoComplete="off"
          maxLength={2}
          className="input--country"
          value={country}
          onChange={(e) => setCountry(e.target.value.toUpperCase())}
          errors={errorsFor('country')}
        />
        <div className="vendor-form__actions">
          <Button type="submit" disabled={createVendor.isPending}>
            {createVendor.isPending ? 'Adding…' : 'Add vendor'}
          </Button>
        </div>
      </form>
      {duplicateOf ? (
        <Banner
          tone="error"
          title="This vendor may already be registered"
          action={
            <Button type="button" onClick={registerAnyway} disabled={createVendor.isPending}>
              Register anyway
            </Button>
          }
        >
          <p>
            <Link to={paths.vendorOwnership.getHref(duplicateOf.id)}>{duplicateOf.name}</Link>
            {duplicateOf.country ? ` (${duplicateOf.country})` : ''} has the same name once case, accents,
            punctuation and legal forms such as Ltd or GmbH are ignored. Open it, or register this vendor anyway
            if it is a different company.
          </p>
        </Banner>
      ) : createVendor.isError ? (
        <ProblemBanner error={createVendor.error} shownFields={shownFields} />
      ) : null}
      {added ? <Banner tone="success" title={`Vendor “${added}” added.`} /> : null}
    </section>
  );
}
