import { http, HttpResponse } from 'msw';

import { db, type FakeEdge, type FakeEmployment, type FakeParty } from './db';

// A simplified party API: enough ownership logic to tell covered from not covered, not the rules engine.
const COUNTRIES_OF_CONCERN = new Set(['CN', 'HK', 'MO', 'CU', 'IR', 'KP', 'RU', 'VE']);
const KNOWN_COUNTRIES = new Set(['DE', 'FR', 'US', 'GB', 'CN', 'RU', 'NL', 'CH', 'IR', 'HK']);
const TODAY = '2026-11-25';
/**
 * The server refuses dates after its own today; the forms default to the browser's today, so the check must use the
 * real date, not the fixed TODAY the responses carry (with TODAY the tests failed from 2026-11-26 on).
 */
const realToday = () => new Date().toISOString().slice(0, 10);
const A1 = '28 CFR 202.211(a)(1)';

function invalid(instance: string, violations: { field: string; message: string }[]) {
  return HttpResponse.json(
    {
      type: 'https://clearance.dev/problems/invalid-request',
      title: 'Invalid request',
      status: 400,
      detail: violations.length === 1 ? '1 field is invalid' : `${violations.length} fields are invalid`,
      instance,
      violations,
    },
    { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

function notFound(detail: string) {
  return HttpResponse.json(
    { type: 'https://clearance.dev/problems/not-found', title: 'Not found', status: 404, detail },
    { status: 404, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

function activeOwners(id: string) {
  return db.edges.filter((e) => e.ownedPartyId === id && !e.archived);
}

function ownCovered(p: FakeParty): boolean {
  if (p.kind === 'GOVERNMENT') return COUNTRIES_OF_CONCERN.has(p.country ?? '');
  if (p.kind === 'INDIVIDUAL') return COUNTRIES_OF_CONCERN.has(p.primaryResidence ?? '');
  return p.organizedIn.some((c) => COUNTRIES_OF_CONCERN.has(c)) || COUNTRIES_OF_CONCERN.has(p.principalPlaceOfBusiness ?? '');
}

function status(id: string) {
  const party = db.parties.find((p) => p.id === id)!;
  const coveredEdges = activeOwners(id).filter((e) => ownCovered(db.parties.find((p) => p.id === e.ownerPartyId)!));
  const aggregate = coveredEdges.reduce((sum, e) => sum + e.percent, 0);
  const covered = ownCovered(party) || aggregate >= 50;
  const paths =
    aggregate >= 50
      ? coveredEdges.map((e) => [
          { id: e.ownerPartyId, name: db.parties.find((p) => p.id === e.ownerPartyId)!.name },
          { id, name: party.name },
        ])
      : [];
  return {
    covered,
    countryOfConcern: party.kind === 'GOVERNMENT' && ownCovered(party),
    limbs: covered && party.kind !== 'GOVERNMENT' ? [A1] : [],
    coveredOwnershipPercent: aggregate,
    paths,
  };
}

const COUNTRY_NAMES: Record<string, string> = { CN: 'China', RU: 'Russia', IR: 'Iran', HK: 'China (Hong Kong SAR)' };

/** Sentences shaped like the rules engine's (CoveredPersonDeterminer.findings) for the cases this mock knows. */
function findings(party: FakeParty, s: ReturnType<typeof status>) {
  const name = `'${party.name}'`;
  const describe = (c: string) => `${COUNTRY_NAMES[c] ?? c} (${c})`;
  const out: { citation: string; text: string }[] = [];
  if (party.kind === 'ENTITY') {
    const organized = party.organizedIn.filter((c) => COUNTRIES_OF_CONCERN.has(c));
    if (organized.length > 0) {
      out.push({ citation: A1, text: `${name} is organized under the laws of ${organized.map(describe).join(', ')}, a country of concern, so it is a covered person.` });
    }
    const ppb = party.principalPlaceOfBusiness;
    if (ppb && COUNTRIES_OF_CONCERN.has(ppb)) {
      out.push({ citation: A1, text: `${name} has its principal place of business in ${describe(ppb)}, a country of concern, so it is a covered person.` });
    }
    if (activeOwners(party.id).length > 0) {
      const met = s.coveredOwnershipPercent >= 50;
      out.push({
        citation: A1,
        text: `${name} is owned ${s.coveredOwnershipPercent}% in the aggregate by countries of concern and covered persons; the 50% threshold is ${met ? 'met.' : 'not met.'}`,
      });
    }
  }
  if (!s.covered) {
    out.push({ citation: '28 CFR 202.211(a)', text: `${name} is a foreign person but meets none of the five limbs of 28 CFR 202.211(a), so it is not a covered person.` });
  }
  return out;
}

function partyView(p: FakeParty) {
  return {
    id: p.id,
    kind: p.kind,
    name: p.name,
    aliases: [],
    registrationNumber: null,
    lei: null,
    createdAt: '2026-11-25T12:00:00Z',
    createdBy: db.currentUsername,
    archivedAt: null,
    facts: {
      validFrom: p.validFrom,
      validTo: null,
      organizedIn: p.organizedIn,
      principalPlaceOfBusiness: p.principalPlaceOfBusiness,
      usStatus: null,
      citizenships: [],
      locatedIn: null,
      primaryResidence: p.primaryResidence,
      country: p.country,
      designatedCoveredPerson: false,
      relationship: 'NONE',
      branchOf: null,
    },
    coveredStatus: null,
  };
}

type TreeNode = {
  id: string;
  name: string;
  kind: string;
  covered: boolean;
  countryOfConcern: boolean;
  limbs: string[];
  coveredOwnershipPercent: number;
  cycle: boolean;
  owners: unknown[];
};

function treeNode(id: string): TreeNode {
  const p = db.parties.find((x) => x.id === id)!;
  const s = status(id);
  return {
    id,
    name: p.name,
    kind: p.kind,
    covered: s.covered,
    countryOfConcern: s.countryOfConcern,
    limbs: s.limbs,
    coveredOwnershipPercent: s.coveredOwnershipPercent,
    cycle: false,
    owners: activeOwners(id).map((e) => ({
      edgeId: e.id,
      percent: e.percent,
      validFrom: e.validFrom,
      validTo: null,
      source: e.source,
      owner: treeNode(e.ownerPartyId),
    })),
  };
}

type RegisterBody = {
  kind?: string;
  name?: string;
  facts?: { validFrom?: string; organizedIn?: string[]; principalPlaceOfBusiness?: string; country?: string; primaryResidence?: string };
};

function countryViolations(field: string, code: string | undefined) {
  return code !== undefined && !KNOWN_COUNTRIES.has(code)
    ? [{ field, message: `'${code}' is not an ISO 3166-1 alpha-2 country code` }]
    : [];
}

function edgeView(e: FakeEdge) {
  return {
    id: e.id,
    ownerPartyId: e.ownerPartyId,
    ownedPartyId: e.ownedPartyId,
    percent: e.percent,
    validFrom: e.validFrom,
    validTo: null,
    source: e.source,
    createdAt: '2026-11-25T12:00:00Z',
    createdBy: 'alice',
    archivedAt: e.archived ? (e.archivedAt ?? '2026-11-25T13:00:00Z') : null,
    archivedBy: e.archived ? (e.archivedBy ?? null) : null,
    archiveReason: e.archived ? (e.archiveReason ?? null) : null,
  };
}

const A3 = '28 CFR 202.211(a)(3)';
const A4 = '28 CFR 202.211(a)(4)';

/** PersonView, with a stored status: (a)(4) for residence in a country of concern, (a)(3) for a covered employer. */
function personView(e: FakeEmployment) {
  const person = db.parties.find((p) => p.id === e.individualPartyId)!;
  const limbs = [
    ...(status(e.employerPartyId).covered ? [A3] : []),
    ...(COUNTRIES_OF_CONCERN.has(person.primaryResidence ?? '') ? [A4] : []),
  ];
  return {
    employmentId: e.id,
    partyId: person.id,
    name: person.name,
    kind: e.kind,
    validFrom: e.validFrom,
    validTo: e.validTo,
    createdAt: e.createdAt ?? '2026-11-25T12:00:00Z',
    createdBy: e.createdBy ?? 'alice',
    archivedAt: e.archivedAt ?? null,
    coveredStatus:
      e.statusDetermined === false
        ? null
        : {
            covered: limbs.length > 0,
            usPerson: false,
            countryOfConcern: false,
            limbs,
            coveredOwnershipPercent: 0,
            asOf: TODAY,
            determinedAt: '2026-11-25T12:00:00Z',
            ruleSetVersion: 'dsp-2025.04.08-1',
            inputHash: 'c'.repeat(64),
          },
  };
}

type FactsBody = {
  validFrom?: string;
  organizedIn?: string[];
  principalPlaceOfBusiness?: string | null;
  country?: string | null;
  primaryResidence?: string | null;
  citizenships?: string[];
  designatedCoveredPerson?: boolean;
};

export const partyHandlers = [
  http.get('/api/v1/parties/:id', ({ params }) => {
    const party = db.parties.find((p) => p.id === params.id);
    return party ? HttpResponse.json(partyView(party)) : notFound(`No party ${String(params.id)}`);
  }),

  http.put('/api/v1/parties/:id/facts', async ({ params, request }) => {
    const id = params.id as string;
    const party = db.parties.find((p) => p.id === id);
    if (!party) return notFound(`No party ${id}`);
    const body = (await request.json()) as FactsBody;
    const only = (field: keyof FactsBody, kind: FakeParty['kind'], present: boolean) =>
      present && party.kind !== kind ? [{ field: `$.${field}`, message: `applies only to ${kind} parties, not ${party.kind}` }] : [];
    const violations = [
      ...(body.validFrom ? [] : [{ field: '$.validFrom', message: 'must not be null' }]),
      ...only('organizedIn', 'ENTITY', (body.organizedIn ?? []).length > 0),
      ...only('principalPlaceOfBusiness', 'ENTITY', body.principalPlaceOfBusiness != null),
      ...only('country', 'GOVERNMENT', body.country != null),
      ...only('primaryResidence', 'INDIVIDUAL', body.primaryResidence != null),
      ...(body.organizedIn ?? []).flatMap((c, i) => countryViolations(`$.organizedIn[${i}]`, c)),
      ...countryViolations('$.principalPlaceOfBusiness', body.principalPlaceOfBusiness ?? undefined),
      ...countryViolations('$.country', body.country ?? undefined),
      ...countryViolations('$.primaryResidence', body.primaryResidence ?? undefined),
      ...(party.kind === 'GOVERNMENT' && !body.country ? [{ field: '$.country', message: 'is required for a government' }] : []),
    ];
    if (violations.length > 0) return invalid(`/api/v1/parties/${id}/facts`, violations);
    (db.factVersions[id] ??= []).push(body as Record<string, unknown>);
    Object.assign(party, {
      validFrom: body.validFrom!,
      organizedIn: body.organizedIn ?? [],
      principalPlaceOfBusiness: body.principalPlaceOfBusiness ?? null,
      country: body.country ?? null,
      primaryResidence: body.primaryResidence ?? null,
    });
    return HttpResponse.json(partyView(party));
  }),

  http.post('/api/v1/parties/:id/employers', async ({ params, request }) => {
    const id = params.id as string;
    const party = db.parties.find((p) => p.id === id);
    if (!party) return notFound(`No party ${id}`);
    const body = (await request.json()) as { employerPartyId?: string; kind?: string; validFrom?: string; validTo?: string | null };
    const violations = [
      ...(party.kind === 'INDIVIDUAL' ? [] : [{ field: '$', message: `only an INDIVIDUAL party has employers, not ${party.kind}` }]),
      ...(db.parties.some((p) => p.id === body.employerPartyId) ? [] : [{ field: '$.employerPartyId', message: `no active party ${body.employerPartyId}` }]),
      ...(body.kind === 'EMPLOYEE' || body.kind === 'CONTRACTOR' ? [] : [{ field: '$.kind', message: 'must be EMPLOYEE or CONTRACTOR' }]),
      ...(body.validFrom && body.validFrom <= realToday() ? [] : [{ field: '$.validFrom', message: 'must not be after today' }]),
    ];
    if (violations.length > 0) return invalid(`/api/v1/parties/${id}/employers`, violations);
    const employment = { id: crypto.randomUUID(), individualPartyId: id, employerPartyId: body.employerPartyId!, kind: body.kind!, validFrom: body.validFrom!, validTo: body.validTo ?? null };
    db.employments.push({ ...employment, createdAt: '2026-11-25T12:30:00Z', createdBy: db.currentUsername, archivedAt: null });
    return HttpResponse.json(employment, { status: 201 });
  }),

  http.get('/api/v1/parties/:id/owners', ({ params }) => {
    const id = params.id as string;
    if (!db.parties.some((p) => p.id === id)) return notFound(`No party ${id}`);
    return HttpResponse.json(db.edges.filter((e) => e.ownedPartyId === id).map(edgeView));
  }),

  http.get('/api/v1/parties/:id/people', ({ params }) => {
    const id = params.id as string;
    if (!db.parties.some((p) => p.id === id)) return notFound(`No party ${id}`);
    return HttpResponse.json(db.employments.filter((e) => e.employerPartyId === id).map(personView));
  }),

  http.get('/api/v1/parties', () => HttpResponse.json({ items: db.parties.map(partyView), total: db.parties.length })),

  http.post('/api/v1/parties', async ({ request }) => {
    const body = (await request.json()) as RegisterBody;
    const violations = [
      ...(body.name?.trim() ? [] : [{ field: '$.name', message: 'must not be blank' }]),
      ...(body.facts?.validFrom ? [] : [{ field: '$.facts.validFrom', message: 'must not be null' }]),
      ...(body.facts?.organizedIn ?? []).flatMap((c, i) => countryViolations(`$.facts.organizedIn[${i}]`, c)),
      ...countryViolations('$.facts.principalPlaceOfBusiness', body.facts?.principalPlaceOfBusiness),
      ...countryViolations('$.facts.country', body.facts?.country),
      ...countryViolations('$.facts.primaryResidence', body.facts?.primaryResidence),
      ...(body.kind === 'GOVERNMENT' && !body.facts?.country ? [{ field: '$.facts.country', message: 'is required for a government' }] : []),
    ];
    if (violations.length > 0) return invalid('/api/v1/parties', violations);
    const party: FakeParty = {
      id: crypto.randomUUID(),
      kind: body.kind as FakeParty['kind'],
      name: body.name!.trim(),
      organizedIn: body.facts?.organizedIn ?? [],
      principalPlaceOfBusiness: body.facts?.principalPlaceOfBusiness ?? null,
      country: body.facts?.country ?? null,
      primaryResidence: body.facts?.primaryResidence ?? null,
      validFrom: body.facts!.validFrom!,
    };
    db.parties.push(party);
    return HttpResponse.json(partyView(party), { status: 201, headers: { Location: `/api/v1/parties/${party.id}` } });
  }),

  http.get('/api/v1/vendors/:vendorId/party', ({ params }) => {
    const partyId = db.vendorParties[params.vendorId as string];
    const party = db.parties.find((p) => p.id === partyId);
    if (!party) return notFound(`Vendor ${String(params.vendorId)} is not linked to a party`);
    return HttpResponse.json(partyView(party));
  }),

  http.post('/api/v1/vendors/:vendorId/party', async ({ params, request }) => {
    const body = (await request.json()) as { partyId?: string };
    const party = db.parties.find((p) => p.id === body.partyId);
    if (!party) return invalid(`/api/v1/vendors/${String(params.vendorId)}/party`, [{ field: '$.partyId', message: `no active party ${body.partyId}` }]);
    db.vendorParties[params.vendorId as string] = party.id;
    return HttpResponse.json(partyView(party));
  }),

  http.post('/api/v1/parties/:id/owners', async ({ params, request }) => {
    const id = params.id as string;
    const body = (await request.json()) as { ownerPartyId?: string; percent?: number; validFrom?: string; source?: string };
    const violations = [
      ...(db.parties.some((p) => p.id === body.ownerPartyId) ? [] : [{ field: '$.ownerPartyId', message: `no active party ${body.ownerPartyId}` }]),
      ...(typeof body.percent === 'number' && body.percent > 0 && body.percent <= 100 ? [] : [{ field: '$.percent', message: 'must be less than or equal to 100' }]),
      ...(body.validFrom && body.validFrom <= realToday() ? [] : [{ field: '$.validFrom', message: 'must not be after today' }]),
      ...(body.source?.trim() ? [] : [{ field: '$.source', message: 'must not be blank' }]),
    ];
    if (violations.length > 0) return invalid(`/api/v1/parties/${id}/owners`, violations);
    // NB: the fake's edges have no end date, so "in force on the same date" is "active" here.
    const inForce = activeOwners(id);
    const total = inForce.reduce((sum, e) => sum + e.percent, body.percent!);
    if (total > 100) {
      const owner = (partyId: string) => db.parties.find((p) => p.id === partyId)?.name ?? partyId;
      const held = inForce.map((e) => `${e.percent}% held by ${owner(e.ownerPartyId)} from ${e.validFrom}`).join('; ');
      return HttpResponse.json(
        {
          type: 'https://clearance.dev/problems/ownership-over-100-percent',
          title: 'Ownership would exceed 100%',
          status: 409,
          detail: `On ${body.validFrom} the stakes in ${owner(id)} would add up to ${total}%: ${held}; and the new ${body.percent}% of ${owner(body.ownerPartyId!)} from ${body.validFrom}. The stakes in force on any date may add up to at most 100%: end or archive a stake first.`,
          instance: `/api/v1/parties/${id}/owners`,
          ownedPartyId: id,
          on: body.validFrom,
          totalPercent: String(total),
          stakes: [
            ...inForce.map((e) => ({ id: e.id, ownerPartyId: e.ownerPartyId, ownerName: owner(e.ownerPartyId), percent: e.percent, validFrom: e.validFrom, requested: false })),
            { ownerPartyId: body.ownerPartyId, ownerName: owner(body.ownerPartyId!), percent: body.percent, validFrom: body.validFrom, requested: true },
          ],
        },
        { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
      );
    }
    const edge = { id: crypto.randomUUID(), ownerPartyId: body.ownerPartyId!, ownedPartyId: id, percent: body.percent!, validFrom: body.validFrom!, source: body.source!, archived: false };
    db.edges.push(edge);
    return HttpResponse.json({ ...edge, validTo: null, createdAt: '2026-11-25T12:00:00Z', createdBy: db.currentUsername, archivedAt: null }, { status: 201 });
  }),

  http.post('/api/v1/ownership-edges/:id/archive', ({ params }) => {
    const edge = db.edges.find((e) => e.id === params.id && !e.archived);
    if (!edge) return notFound(`No active ownership edge ${String(params.id)}`);
    edge.archived = true;
    edge.archivedAt = '2026-11-25T13:00:00Z';
    edge.archivedBy = db.currentUsername;
    return HttpResponse.json(edgeView(edge));
  }),

  http.get('/api/v1/parties/:id/ownership-tree', ({ params, request }) => {
    const id = params.id as string;
    if (!db.parties.some((p) => p.id === id)) return notFound(`No party ${id}`);
    return HttpResponse.json({ asOf: new URL(request.url).searchParams.get('asOf') ?? TODAY, root: treeNode(id) });
  }),

  http.get('/api/v1/parties/:id/covered-person', ({ params, request }) => {
    const id = params.id as string;
    const party = db.parties.find((p) => p.id === id);
    if (!party) return notFound(`No party ${id}`);
    const s = status(id);
    return HttpResponse.json({
      partyId: id,
      asOf: new URL(request.url).searchParams.get('asOf') ?? TODAY,
      covered: s.covered,
      usPerson: false,
      countryOfConcern: s.countryOfConcern,
      limbs: s.limbs,
      coveredOwnershipPercent: s.coveredOwnershipPercent,
      paths: s.paths,
      findings: findings(party, s),
      ruleSetVersion: 'dsp-2025.04.08-1',
      inputHash: 'b'.repeat(64),
    });
  }),
];
