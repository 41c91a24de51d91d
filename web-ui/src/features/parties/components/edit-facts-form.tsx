import { useState, type FormEvent } from 'react';

import { Banner } from '@/components/ui/banner';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { ProblemBanner } from '@/components/ui/problem-banner';

import { todayIso, type Party } from '../api/types';
import { factsBody, factsFormValues, factsInputSchema, useUpdateFacts, type FactsInput } from '../api/update-facts';
import { issuesByField, violationsByField } from '../utils/field-errors';

type Field = keyof FactsInput;

/** Server field keys (PUT /facts: "$.organizedIn[1]" → "organizedIn.1") → form fields. */
function serverFields(): Record<string, Field> {
  const map: Record<string, Field> = {
    validFrom: 'validFrom',
    validTo: 'validFrom',
    organizedIn: 'organizedIn',
    principalPlaceOfBusiness: 'principalPlaceOfBusiness',
    country: 'country',
    primaryResidence: 'primaryResidence',
    citizenships: 'citizenships',
    designatedCoveredPerson: 'designatedCoveredPerson',
  };
  for (let i = 0; i < 20; i++) {
    map[`organizedIn.${i}`] = 'organizedIn';
    map[`citizenships.${i}`] = 'citizenships';
  }
  return map;
}
const SERVER_FIELDS = serverFields();

/** "Edit facts" for analysts and admins: a new version of the party's facts, prefilled from the current one. */
export function EditFactsSection({ party }: { party: Party }) {
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  return (
    <div className="edit-facts">
      {open ? (
        <EditFactsForm
          party={party}
          onCancel={() => setOpen(false)}
          onSaved={() => {
            setOpen(false);
            setSaved(true);
          }}
        />
      ) : (
        <Button
          variant="secondary"
          onClick={() => {
            setSaved(false);
            setOpen(true);
          }}
        >
          Edit facts
        </Button>
      )}
      {saved && !open ? <Banner tone="success" title="Facts updated." /> : null}
    </div>
  );
}

function EditFactsForm({ party, onCancel, onSaved }: { party: Party; onCancel: () => void; onSaved: () => void }) {
  const [values, setValues] = useState<FactsInput>(() => factsFormValues(party.facts, todayIso()));
  const [clientErrors, setClientErrors] = useState<Partial<Record<Field, string[]>>>({});
  const update = useUpdateFacts(party.id);
  const server = violationsByField<Field>(update.error, SERVER_FIELDS);
  const errorsFor = (field: Field) => clientErrors[field] ?? server.errors[field];
  const set = <K extends Field>(field: K, value: FactsInput[K]) => setValues((v) => ({ ...v, [field]: value }));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = factsInputSchema.safeParse(values);
    if (!parsed.success) {
      setClientErrors(issuesByField<Field>(parsed.error.issues));
      update.reset();
      return;
    }
    setClientErrors({});
    // NB: on failure the form keeps what was typed; the violations show under their fields.
    update.mutate(factsBody(party.kind, parsed.data, party.facts), { onSuccess: onSaved });
  }

  return (
    <section className="card" aria-labelledby="edit-facts-heading">
      <h2 id="edit-facts-heading">Edit facts</h2>
      <p className="muted">
        Records a new version of the facts in force from the date below; earlier versions stay for earlier dates.
      </p>
      <form className="vendor-form" onSubmit={onSubmit} noValidate aria-label="Edit party facts">
        {party.kind === 'ENTITY' ? (
          <>
            <FormField
              label="Countries of organization"
              name="organizedIn"
              hint="Two-letter ISO codes separated by commas, e.g. DE, NL"
              autoComplete="off"
              value={values.organizedIn}
              onChange={(e) => set('organizedIn', e.target.value.toUpperCase())}
              errors={errorsFor('organizedIn')}
            />
            <FormField
              label="Principal place of business"
              name="principalPlaceOfBusiness"
              hint="Two-letter ISO code; leave empty if unknown"
              autoComplete="off"
              maxLength={2}
              className="input--country"
              value={values.principalPlaceOfBusiness}
              onChange={(e) => set('principalPlaceOfBusiness', e.target.value.toUpperCase())}
              errors={errorsFor('principalPlaceOfBusiness')}
            />
          </>
        ) : null}
        {party.kind === 'GOVERNMENT' ? (
          <FormField
            label="Government of"
            name="country"
            hint="Two-letter ISO code of the country"
            autoComplete="off"
            maxLength={2}
            className="input--country"
            value={values.country}
            onChange={(e) => set('country', e.target.value.toUpperCase())}
            errors={errorsFor('country')}
          />
        ) : null}
        {party.kind === 'INDIVIDUAL' ? (
          <>
            <FormField
              label="Country of primary residence"
              name="primaryResidence"
              autoComplete="off"
              maxLength={2}
              className="input--country"
              value={values.primaryResidence}
              onChange={(e) => set('primaryResidence', e.target.value.toUpperCase())}
              errors={errorsFor('primaryResidence')}
            />
            <FormField
              label="Citizenships"
              name="citizenships"
              hint="Two-letter ISO codes separated by commas"
              autoComplete="off"
              value={values.citizenships}
              onChange={(e) => set('citizenships', e.target.value.toUpperCase())}
              errors={errorsFor('citizenships')}
            />
          </>
        ) : null}
        <FormField
          label="New facts valid from"
          name="validFrom"
          type="date"
          className="input--date"
          value={values.validFrom}
          onChange={(e) => set('validFrom', e.target.value)}
          errors={errorsFor('validFrom')}
        />
        <div className="field field--inline">
          <label>
            <input
              type="checkbox"
              name="designatedCoveredPerson"
              checked={values.designatedCoveredPerson}
              onChange={(e) => set('designatedCoveredPerson', e.target.checked)}
            />{' '}
            Designated by the Attorney General (28 CFR 202.211(a)(5))
          </label>
        </div>
        <div className="vendor-form__actions">
          <Button type="submit" disabled={update.isPending}>
            {update.isPending ? 'Saving…' : 'Save facts'}
          </Button>{' '}
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        </div>
      </form>
      {update.isError ? <ProblemBanner error={update.error} shownFields={server.shownFields} /> : null}
    </section>
  );
}
