import { useState, type FormEvent } from 'react';

import { Banner } from '@/components/ui/banner';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { ProblemBanner } from '@/components/ui/problem-banner';

import { addPersonInputSchema, employmentInputSchema, personKey, useAddPersonWithParty } from '../api/add-person-with-party';
import { useParties } from '../api/get-parties';
import { todayIso, type EmploymentKind } from '../api/types';
import { issuesByField, violationsByField } from '../utils/field-errors';

type Field = 'existingPerson' | 'personName' | 'residence' | 'kind' | 'validFrom';

const SERVER_FIELDS: Record<string, Field> = {
  name: 'personName',
  'facts.primaryResidence': 'residence',
  'facts.validFrom': 'validFrom',
  kind: 'kind',
  validFrom: 'validFrom',
  validTo: 'validFrom',
};

const KIND_LABELS: Record<EmploymentKind, string> = { EMPLOYEE: 'Employee or officer', CONTRACTOR: 'Contractor' };

/**
 * Links a key person (an INDIVIDUAL party, existing or registered here) to `partyId` as employee/officer or
 * contractor (POST /parties/{person}/employers): 28 CFR 202.211(a)(3) looks at whom an individual works for.
 */
export function AddPersonForm({ partyId }: { partyId: string }) {
  const parties = useParties();
  const individuals = (parties.data?.items ?? []).filter((p) => p.kind === 'INDIVIDUAL' && p.id !== partyId);
  const [existingPersonId, setExistingPersonId] = useState('');
  const existing = individuals.find((p) => p.id === existingPersonId) ?? null;
  const [personName, setPersonName] = useState('');
  const [residence, setResidence] = useState('');
  const [kind, setKind] = useState<EmploymentKind>('EMPLOYEE');
  const [validFrom, setValidFrom] = useState(todayIso());
  const [clientErrors, setClientErrors] = useState<Partial<Record<Field, string[]>>>({});
  const [added, setAdded] = useState<string | null>(null);
  const [createdPerson, setCreatedPerson] = useState<{ key: string; id: string } | null>(null);

  const addPerson = useAddPersonWithParty(partyId);
  const server = violationsByField<Field>(addPerson.error, SERVER_FIELDS);
  const errorsFor = (field: Field) => clientErrors[field] ?? server.errors[field];

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAdded(null);
    if (existing) {
      const parsed = employmentInputSchema.safeParse({ kind, validFrom });
      if (!parsed.success) {
        setClientErrors(issuesByField<Field>(parsed.error.issues));
        addPerson.reset();
        return;
      }
      setClientErrors({});
      addPerson.mutate(
        { input: { ...parsed.data, personName: existing.name, residence: '' }, reusePersonId: existing.id },
        {
          onSuccess: () => {
            setAdded(existing.name);
            setExistingPersonId('');
          },
        },
      );
      return;
    }
    const parsed = addPersonInputSchema.safeParse({ personName, residence, kind, validFrom });
    if (!parsed.success) {
      setClientErrors(issuesByField<Field>(parsed.error.issues));
      addPerson.reset();
      return;
    }
    setClientErrors({});
    const key = personKey(parsed.data);
    addPerson.mutate(
      {
        input: parsed.data,
        reusePersonId: createdPerson?.key === key ? createdPerson.id : null,
        onPersonCreated: (id) => setCreatedPerson({ key, id }),
      },
      {
        onSuccess: () => {
          setAdded(parsed.data.personName);
          setCreatedPerson(null);
          setPersonName('');
          setResidence('');
        },
      },
    );
  }

  return (
    <section className="card" aria-labelledby="add-person-heading">
      <h2 id="add-person-heading">Add a key person</h2>
      <p className="muted">
        An individual employed by, an officer of, or contracting for this party. Whether the person is a covered person
        under 28 CFR 202.211(a)(3) follows from this party&apos;s status.
      </p>
      <form className="vendor-form" onSubmit={onSubmit} noValidate aria-label="Add key person">
        <FormField
          as="select"
          label="Existing individual"
          name="existingPerson"
          value={existingPersonId}
          onChange={(e) => setExistingPersonId(e.target.value)}
          errors={errorsFor('existingPerson')}
        >
          <option value="">New person (enter below)</option>
          {individuals.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </FormField>
        {existing ? null : (
          <>
            <FormField
              label="Person name"
              name="personName"
              autoComplete="off"
              maxLength={300}
              value={personName}
              onChange={(e) => setPersonName(e.target.value)}
              errors={errorsFor('personName')}
            />
            <FormField
              label="Country of residence"
              name="residence"
              hint="Country of primary residence (two-letter ISO code)"
              autoComplete="off"
              maxLength={2}
              className="input--country"
              value={residence}
              onChange={(e) => setResidence(e.target.value.toUpperCase())}
              errors={errorsFor('residence')}
            />
          </>
        )}
        <FormField
          as="select"
          label="Relation"
          name="kind"
          value={kind}
          onChange={(e) => setKind(e.target.value as EmploymentKind)}
          errors={errorsFor('kind')}
        >
          {(Object.keys(KIND_LABELS) as EmploymentKind[]).map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </FormField>
        <FormField
          label="Since"
          name="validFrom"
          type="date"
          className="input--date"
          value={validFrom}
          onChange={(e) => setValidFrom(e.target.value)}
          errors={errorsFor('validFrom')}
        />
        <div className="vendor-form__actions">
          <Button type="submit" disabled={addPerson.isPending}>
            {addPerson.isPending ? 'Adding…' : 'Add person'}
          </Button>
        </div>
      </form>
      {addPerson.isError ? <ProblemBanner error={addPerson.error} shownFields={server.shownFields} /> : null}
      {added ? <Banner tone="success" title={`Person “${added}” linked.`} /> : null}
    </section>
  );
}
