import { http, HttpResponse } from 'msw';

import { db } from './db';
import { partyHandlers } from './party-handlers';
import { screeningHandlers } from './screening-handlers';

// Countries the fake server accepts; enough to show a server-side check the form cannot make itself.
const KNOWN_COUNTRIES = new Set(['DE', 'FR', 'US', 'GB', 'CN', 'RU', 'NL', 'CH']);

// A rough stand-in for the server's VendorNameKey: enough to tell "Acme GmbH" and "ACME" apart from "Acme Cloud".
function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9 ]/g, '')
    .split(/\s+/)
    .filter((word) => word && !['LTD', 'LLC', 'INC', 'GMBH', 'AG', 'SA'].includes(word))
    .join('');
}

export function problem(status: number, slug: string, title: string, extra: Record<string, unknown> = {}) {
  return HttpResponse.json(
    { type: `https://clearance.dev/problems/${slug}`, title, status, ...extra },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

export const handlers = [
  http.get('/api/v1/ui-config', () =>
    HttpResponse.json({ keycloakUrl: 'http://localhost:18080', realm: 'clearance', clientId: 'clearance-web' }),
  ),

  http.get('/api/v1/vendors', () => HttpResponse.json({ items: db.vendors, total: db.vendors.length })),

  http.post('/api/v1/vendors', async ({ request }) => {
    const body = (await request.json()) as { name?: string; country?: string; confirmDuplicate?: boolean };
    const violations: { field: string; message: string }[] = [];
    if (!body.name?.trim()) violations.push({ field: '$.name', message: 'must not be blank' });
    if (!body.country || !KNOWN_COUNTRIES.has(body.country)) {
      violations.push({ field: '$.country', message: 'must be an ISO 3166-1 alpha-2 country code' });
    }
    if (violations.length > 0) {
      return problem(400, 'invalid-request', 'Invalid request', {
        detail: 'The request body has invalid fields.',
        instance: '/api/v1/vendors',
        violations,
      });
    }
    const existing = db.vendors.find((v) => v.country === body.country && nameKey(v.name) === nameKey(body.name!));
    if (existing && body.confirmDuplicate !== true) {
      return problem(409, 'duplicate-vendor', 'Vendor already registered', {
        detail: `Vendor '${existing.name}' in ${existing.country} has the same name once case, accents, punctuation and legal form are ignored.`,
        instance: '/api/v1/vendors',
        existing: { id: existing.id, name: existing.name, country: existing.country, href: `/api/v1/vendors/${existing.id}` },
      });
    }
    const vendor = {
      id: crypto.randomUUID(),
      name: body.name!.trim(),
      country: body.country!,
      createdAt: '2026-11-25T13:30:00Z',
      createdBy: db.currentUsername,
    };
    db.vendors.push(vendor);
    return HttpResponse.json(vendor, { status: 201, headers: { Location: `/api/v1/vendors/${vendor.id}` } });
  }),

  ...partyHandlers,
  ...screeningHandlers,
];
