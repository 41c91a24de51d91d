import { useState, type FormEvent } from 'react';

import { Button } from '@/components/ui/button';
import { ProblemBanner } from '@/components/ui/problem-banner';
import { FormField } from '@/components/ui/form-field';
import type { Vendor } from '@/types/api';

import { registerVendorPartyInputSchema, useRegisterVendorParty } from '../api/register-vendor-party';
import { todayIso } from '../api/types';
import { issuesByField, violationsByField } from '../utils/field-errors';

type Field = 'name' | 'organizedIn' | 'principalPlaceOfBusiness' | 'validFrom';

const SERVER_FIELDS: Record<string, Field> = {
  name: 'name',
  'facts.organizedIn': 'organizedIn',
  'facts.organizedIn.0': 'organizedIn',
  'facts.principalPlaceOfBusiness': 'principalPlaceOfBusiness',
  'facts.validFrom': 'validFrom',
};

/** The vendor has no party yet: register it as an ENTITY with the facts the rules need, and link it. */
export function RegisterPartyForm({ vendorId, vendor }: { vendorId: string; vendor: Vendor | null }) {
  const [name, setName] = useState(vendor?.name ?? '');
  const [organizedIn, setOrganizedIn] = useState(vendor?.country ?? '');
  const [principalPlaceOfBusiness, setPrincipalPlaceOfBusiness] = useState('');
  const [validFrom, setValidFrom] = useState(todayIso());
  const [clientErrors, setClientErrors] = useState<Partial<Record<Field, string[]>>>({});
  // A party made by an attempt whose link failed; the retry links it instead of making another.
  const [createdPartyId, setCreatedPartyId] = useState<string | null>(null);

  const register = useRegisterVendorParty(vendorId);
  const server = violationsByField<Field>(register.error, SERVER_FIELDS);
  const errorsFor = (field: Field) => clientErrors[field] ?? server.errors[field];

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = registerVendorPartyInputSchema.safeParse({ name, organizedIn, principalPlaceOfBusiness, validFrom });
    if (!parsed.success) {
      setClientErrors(issuesByField<Field>(parsed.error.issues));
      register.reset();
      return;
    }
    setClientErrors({});
    register.mutate({ input: parsed.data, reusePartyId: createdPartyId, onPartyCreated: setCreatedPartyId });
  }

  return (
    <section className="card" aria-labelledby="register-party-heading">
      <h2 id="register-party-heading">Register the vendor&apos;s party facts</h2>
      <p className="muted">
        This vendor is not linked to a party yet. Its facts decide whether it is a covered person (28 CFR 202.211).
        Kind: <strong>Entity</strong>.
      </p>
      <form className="vendor-form" onSubmit={onSubmit} noValidate aria-label="Register party">
        <FormField
          label="Legal name"
          name="name"
          autoComplete="off"
          maxLength={300}
          value={name}
          onChange={(e) => setName(e.target.value)}
          errors={errorsFor('name')}
        />
        <FormField
          label="Country of organization"
          name="organizedIn"
          hint="Two-letter ISO code of the country whose laws it is organized under, e.g. DE"
          autoComplete="off"
          maxLength={2}
          className="input--country"
          value={organizedIn}
          onChange={(e) => setOrganizedIn(e.target.value.toUpperCase())}
          errors={errorsFor('organizedIn')}
        />
        <FormField
          label="Principal place of business"
          name="principalPlaceOfBusiness"
          hint="Two-letter ISO code; leave empty if unknown"
          autoComplete="off"
          maxLength={2}
          className="input--country"
          value={principalPlaceOfBusiness}
          onChange={(e) => setPrincipalPlaceOfBusiness(e.target.value.toUpperCase())}
          errors={errorsFor('principalPlaceOfBusiness')}
        />
        <FormField
          label="Facts valid from"
          name="validFrom"
          type="date"
          className="input--date"
          value={validFrom}
          onChange={(e) => setValidFrom(e.target.value)}
          errors={errorsFor('validFrom')}
        />
        <div className="vendor-form__actions">
          <Button type="submit" disabled={register.isPending}>
            {register.isPending ? 'Registering…' : 'Register party'}
          </Button>
        </div>
      </form>
      {register.isError ? <ProblemBanner error={register.error} shownFields={server.shownFields} /> : null}
    </section>
  );
}
