import { useState, type ReactNode } from 'react';
import { useParams } from 'react-router';

import { Banner } from '@/components/ui/banner';
import { Loading } from '@/components/ui/loading';
import { ProblemBanner } from '@/components/ui/problem-banner';
import { Authorization, useAuthorization } from '@/lib/authorization';
import { ACCESS } from '@/lib/roles';
import { Time } from '@/components/ui/time';

import { useCoveredPerson } from '../api/get-covered-person';
import { useOwnershipTree } from '../api/get-ownership-tree';
import { useVendor } from '../api/get-vendor';
import { useVendorParty } from '../api/get-vendor-party';
import type { Party } from '../api/types';

import { AddOwnerForm } from './add-owner-form';
import { AddPersonForm } from './add-person-form';
import { CoveredSummary } from './covered-summary';
import { EditFactsSection } from './edit-facts-form';
import { KeyPeople } from './key-people';
import { OwnershipHistory } from './ownership-history';
import { OwnershipTreeView } from './ownership-tree';
import { RegisterPartyForm } from './register-party-form';

/**
 * A vendor's due diligence: its party facts (registered here when missing), its covered-person verdict, its upward
 * ownership tree as of a chosen date, and, for analysts and admins, adding and archiving owners.
 */
type RenderScreening = (party: { id: string; name: string }) => ReactNode;

export function VendorOwnershipPage({ renderScreening }: { renderScreening?: RenderScreening } = {}) {
  return (
    <Authorization
      access={ACCESS.partiesRead}
      forbiddenFallback={<Banner tone="error" title="You do not have access" />}
    >
      <VendorDueDiligence renderScreening={renderScreening} />
    </Authorization>
  );
}

function VendorDueDiligence({ renderScreening }: { renderScreening?: RenderScreening | undefined }) {
  const { vendorId = '' } = useParams();
  const { checkAccess } = useAuthorization();
  const canWrite = checkAccess(ACCESS.partiesWrite);
  const vendorParty = useVendorParty(vendorId);
  const vendor = useVendor(vendorId);

  const name = vendorParty.data?.name ?? vendor.data?.name;
  return (
    <>
      <h1>Due diligence{name ? `: ${name}` : ''}</h1>
      {vendorParty.isPending ? <Loading label="Loading the vendor's party…" /> : null}
      {vendorParty.isError ? <ProblemBanner error={vendorParty.error} /> : null}
      {vendorParty.isSuccess && vendorParty.data === null ? (
        canWrite ? (
          vendor.isPending ? (
            <Loading label="Loading the vendor…" />
          ) : (
            <RegisterPartyForm vendorId={vendorId} vendor={vendor.data ?? null} />
          )
        ) : (
          <p className="muted" data-testid="no-party-note">
            This vendor is not linked to a party yet; an analyst registers its facts here.
          </p>
        )
      ) : null}
      {vendorParty.data ? <PartyDueDiligence party={vendorParty.data} canWrite={canWrite} /> : null}
      {vendorParty.data && renderScreening ? renderScreening({ id: vendorParty.data.id, name: vendorParty.data.name }) : null}
    </>
  );
}

function PartyFactsSummary({ party }: { party: Party }) {
  const facts = party.facts;
  return (
    <dl className="facts" aria-label="Party facts">
      <dt>Kind</dt>
      <dd>{party.kind}</dd>
      {facts?.organizedIn.length ? (
        <>
          <dt>Organized in</dt>
          <dd>{facts.organizedIn.join(', ')}</dd>
        </>
      ) : null}
      {facts?.principalPlaceOfBusiness ? (
        <>
          <dt>Principal place of business</dt>
          <dd>{facts.principalPlaceOfBusiness}</dd>
        </>
      ) : null}
      {facts?.country ? (
        <>
          <dt>Country</dt>
          <dd>{facts.country}</dd>
        </>
      ) : null}
      {facts?.primaryResidence ? (
        <>
          <dt>Primary residence</dt>
          <dd>{facts.primaryResidence}</dd>
        </>
      ) : null}
      {facts?.designatedCoveredPerson ? (
        <>
          <dt>Designated</dt>
          <dd>by the Attorney General (28 CFR 202.211(a)(5))</dd>
        </>
      ) : null}
      {facts?.validFrom ? (
        <>
          <dt>Facts valid from</dt>
          <dd>
            <Time value={facts.validFrom} />
          </dd>
        </>
      ) : null}
    </dl>
  );
}

function PartyDueDiligence({ party, canWrite }: { party: Party; canWrite: boolean }) {
  const [asOf, setAsOf] = useState('');
  const tree = useOwnershipTree(party.id, asOf);
  const coveredPerson = useCoveredPerson(party.id, asOf);

  return (
    <>
      <PartyFactsSummary party={party} />
      {canWrite ? <EditFactsSection party={party} /> : null}
      <div className="field">
        <label htmlFor="as-of">As of</label>
        <input id="as-of" type="date" className="input--date" value={asOf} onChange={(event) => setAsOf(event.target.value)} />
      </div>
      {coveredPerson.isPending ? <Loading label="Loading covered-person status…" /> : null}
      {coveredPerson.isError ? <ProblemBanner error={coveredPerson.error} /> : null}
      {coveredPerson.data ? <CoveredSummary status={coveredPerson.data} /> : null}
      {canWrite ? (
        <AddOwnerForm partyId={party.id} />
      ) : (
        <p className="muted" data-testid="read-only-note">
          Read-only: your role can view due diligence but not change it.
        </p>
      )}
      <section aria-labelledby="tree-heading">
        <h2 id="tree-heading">
          Ownership tree
          {tree.data ? (
            <>
              {' '}
              as of <Time value={tree.data.asOf} />
            </>
          ) : null}
        </h2>
        {tree.isPending ? <Loading label="Loading ownership…" /> : null}
        {tree.isError ? <ProblemBanner error={tree.error} /> : null}
        {tree.data ? <OwnershipTreeView root={tree.data.root} canArchive={canWrite && asOf === ''} /> : null}
      </section>
      <OwnershipHistory partyId={party.id} />
      <KeyPeople partyId={party.id} />
      {canWrite ? <AddPersonForm partyId={party.id} /> : null}
    </>
  );
}
