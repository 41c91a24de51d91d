import { useState, type FormEvent } from 'react';

import { Banner } from '@/components/ui/banner';
import { Button } from '@/components/ui/button';
import { ProblemBanner } from '@/components/ui/problem-banner';
import { FormField } from '@/components/ui/form-field';

import { addOwnerInputSchema, edgeInputSchema, ownerKey, useAddOwnerWithParty } from '../api/add-owner-with-party';
import { useParties } from '../api/get-parties';
import { PARTY_KINDS, todayIso, type PartyKind } from '../api/types';
import { issuesByField, violationsByField } from '../utils/field-errors';

type Field = 'existingOwner' | 'ownerName' | 'ownerKind' | 'ownerCountry' | 'percent' | 'validFrom' | 'source';

const SERVER_FIELDS: Record<string, Field> = {
  name: 'ownerName',
  kind: 'ownerKind',
  'facts.organizedIn': 'ownerCountry',
  'facts.organizedIn.0': 'ownerCountry',
  'facts.country': 'ownerCountry',
  'facts.primaryResidence': 'ownerCountry',
  'facts.validFrom': 'validFrom',
  percent: 'percent',
  validFrom: 'validFrom',
  source: 'source',
  ownerPartyId: 'existingOwner',
};

const KIND_LABELS: Record<PartyKind, string> = { ENTITY: 'Entity', GOVERNMENT: 'Government', INDIVIDUAL: 'Individual' };

const COUNTRY_HINTS: Record<PartyKind, string> = {
  ENTITY: 'Country of organization (two-letter ISO code, e.g. CN)',
  GOVERNMENT: 'The country whose government this is (two-letter ISO code)',
  INDIVIDUAL: 'Country of primary residence (two-letter ISO code)',
};

/** Adds an ownership edge into `partyId` from an existing party or from a new party registered on the way. */
export function AddOwnerForm({ partyId }: { partyId: string }) {
  const [existingOwnerId, setExistingOwnerId] = useState('');
  const parties = useParties();
  const candidates = (parties.data?.items ?? []).filter((p) => p.id !== partyId);
  const existingOwner = candidates.find((p) => p.id === existingOwnerId) ?? null;
  const [ownerName, setOwnerName] = useState('');
  const [ownerKind, setOwnerKind] = useState<PartyKind>('ENTITY');
  const [ownerCountry, setOwnerCountry] = useState('');
  const [percent, setPercent] = useState('');
  const [validFrom, setValidFrom] = useState(todayIso());
  const [source, setSource] = useState('');
  const [clientErrors, setClientErrors] = useState<Partial<Record<Field, string[]>>>({});
  const [added, setAdded] = useState<string | null>(null);
  // The owner party made by an attempt whose edge was refused; a retry for the same owner reuses it.
  const [createdOwner, setCreatedOwner] = useState<{ key: string; id: string } | null>(null);

  const addOwner = useAddOwnerWithParty(partyId);
  const server = violationsByField<Field>(addOwner.error, SERVER_FIELDS);
  const errorsFor = (field: Field) => clientErrors[field] ?? server.errors[field];

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAdded(null);
    if (existingOwner) {
      const edge = edgeInputSchema.safeParse({ percent, validFrom, source });
      if (!edge.success) {
        setClientErrors(issuesByField<Field>(edge.error.issues));
        addOwner.reset();
        return;
      }
      setClientErrors({});
      addOwner.mutate(
        { input: { ...edge.data, ownerName: existingOwner.name, ownerKind: existingOwner.kind, ownerCountry: '' }, reuseOwnerId: existingOwner.id },
        {
          onSuccess: () => {
            setAdded(existingOwner.name);
            setExistingOwnerId('');
            setPercent('');
          },
        },
      );
      return;
    }
    const parsed = addOwnerInputSchema.safeParse({ ownerName, ownerKind, ownerCountry, percent, validFrom, source });
    if (!parsed.success) {
      setClientErrors(issuesByField<Field>(parsed.error.issues));
      addOwner.reset();
      return;
    }
    setClientErrors({});
    const key = ownerKey(parsed.data);
    addOwner.mutate(
      {
        input: parsed.data,
        reuseOwnerId: createdOwner?.key === key ? createdOwner.id : null,
        onOwnerCreated: (id) => setCreatedOwner({ key, id }),
      },
      {
        onSuccess: () => {
          setAdded(parsed.data.ownerName);
          setCreatedOwner(null);
          setOwnerName('');
          setOwnerCountry('');
          setPercent('');
        },
      },
    );
  }

  return (
    <section className="card" aria-labelledby="add-owner-heading">
      <h2 id="add-owner-heading">Add an owner</h2>
      <form className="vendor-form" onSubmit={onSubmit} noValidate aria-label="Add owner">
        <FormField
          as="select"
          label="Existing party"
          name="existingOwner"
          value={existingOwnerId}
          onChange={(e) => setExistingOwnerId(e.target.value)}
          errors={errorsFor('existingOwner')}
        >
          <option value="">New party (enter below)</option>
          {candidates.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name} ({KIND_LABELS[p.kind]})
            </option>
          ))}
        </FormField>
        {existingOwner ? null : (
          <>
            <FormField
              label="Owner name"
              name="ownerName"
              autoComplete="off"
              maxLength={300}
              value={ownerName}
              onChange={(e) => setOwnerName(e.target.value)}
              errors={errorsFor('ownerName')}
            />
            <FormField
              as="select"
              label="Owner kind"
              name="ownerKind"
              value={ownerKind}
              onChange={(e) => setOwnerKind(e.target.value as PartyKind)}
              errors={errorsFor('ownerKind')}
            >
              {PARTY_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {KIND_LABELS[kind]}
                </option>
              ))}
            </FormField>
            <FormField
              label="Owner country"
              name="ownerCountry"
              hint={COUNTRY_HINTS[ownerKind]}
              autoComplete="off"
              maxLength={2}
              className="input--country"
              value={ownerCountry}
              onChange={(e) => setOwnerCountry(e.target.value.toUpperCase())}
              errors={errorsFor('ownerCountry')}
            />
          </>
        )}
        <FormField
          label="Percent owned"
          name="percent"
          inputMode="decimal"
          autoComplete="off"
          className="input--percent"
          value={percent}
          onChange={(e) => setPercent(e.target.value)}
          errors={errorsFor('percent')}
        />
        <FormField
          label="Valid from"
          name="validFrom"
          type="date"
          className="input--date"
          value={validFrom}
          onChange={(e) => setValidFrom(e.target.value)}
          errors={errorsFor('validFrom')}
        />
        <FormField
          label="Source"
          name="source"
          hint="Where this comes from, e.g. commercial register extract"
          autoComplete="off"
          maxLength={500}
          value={source}
          onChange={(e) => setSource(e.target.value)}
          errors={errorsFor('source')}
        />
        <div className="vendor-form__actions">
          <Button type="submit" disabled={addOwner.isPending}>
            {addOwner.isPending ? 'Adding…' : 'Add owner'}
          </Button>
        </div>
      </form>
      {addOwner.isError ? <ProblemBanner error={addOwner.error} shownFields={server.shownFields} /> : null}
      {added ? <Banner tone="success" title={`Owner “${added}” added.`} /> : null}
    </section>
  );
}
