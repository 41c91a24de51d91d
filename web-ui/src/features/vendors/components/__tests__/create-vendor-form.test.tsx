import { screen, within } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';

import { db, seedVendor } from '@/testing/mocks/db';
import { problem } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

async function openVendors() {
  const app = renderApp({ url: '/vendors' });
  await screen.findByRole('table', { name: 'Vendors' });
  return app;
}

describe('new vendor form', () => {
  it('shows client-side messages next to the fields and sends nothing', async () => {
    const { events } = await openVendors();
    let posted = false;
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'POST') posted = true;
    });

    await events.click(screen.getByRole('button', { name: 'Add vendor' }));

    expect(screen.getByLabelText('Vendor name')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Vendor name')).toHaveAccessibleDescription('Enter a vendor name.');
    expect(screen.getByLabelText('Country')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Country')).toHaveAccessibleDescription(
      expect.stringContaining('Enter a two-letter ISO 3166-1 country code'),
    );
    expect(posted).toBe(false);
    server.events.removeAllListeners();
  });

  it('adds a vendor, upper-cases the country and refreshes the list', async () => {
    const { events } = await openVendors();
    expect(screen.getByText('No vendors yet.')).toBeInTheDocument();

    await events.type(screen.getByLabelText('Vendor name'), '  Acme GmbH ');
    await events.type(screen.getByLabelText('Country'), 'de');
    expect(screen.getByLabelText('Country')).toHaveValue('DE');
    await events.click(screen.getByRole('button', { name: 'Add vendor' }));

    expect(await screen.findByText('Vendor “Acme GmbH” added.')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Vendors' });
    const row = await within(table).findByRole('row', { name: /Acme GmbH/ });
    expect(row).toHaveTextContent('DE');
    expect(row).toHaveTextContent('alice');
    expect(db.vendors).toHaveLength(1);
    expect(db.vendors[0]).toMatchObject({ name: 'Acme GmbH', country: 'DE' });
    expect(screen.getByLabelText('Vendor name')).toHaveValue('');
    expect(screen.getByLabelText('Country')).toHaveValue('');
  });

  it("shows the server's field violation next to the field it names", async () => {
    const { events } = await openVendors();

    await events.type(screen.getByLabelText('Vendor name'), 'Nowhere Ltd');
    await events.type(screen.getByLabelText('Country'), 'XX');
    await events.click(screen.getByRole('button', { name: 'Add vendor' }));

    const country = screen.getByLabelText('Country');
    await expect.poll(() => country.getAttribute('aria-invalid')).toBe('true');
    expect(country).toHaveAccessibleDescription(
      expect.stringContaining('must be an ISO 3166-1 alpha-2 country code'),
    );
    expect(screen.getByLabelText('Vendor name')).not.toHaveAttribute('aria-invalid');
    // The banner gives the problem's title and detail but does not repeat the field message.
    const banner = screen.getByRole('alert');
    expect(banner).toHaveTextContent('Invalid request');
    expect(banner).toHaveTextContent('The request body has invalid fields.');
    expect(banner).not.toHaveTextContent('alpha-2');
    expect(db.vendors).toHaveLength(0);
  });

  it('lists violations for fields the form does not have in the banner', async () => {
    server.use(
      http.post('/api/v1/vendors', () =>
        problem(400, 'invalid-request', 'Invalid request', {
          violations: [{ field: '$.tenant', message: 'is unknown' }],
        }),
      ),
    );
    const { events } = await openVendors();

    await events.type(screen.getByLabelText('Vendor name'), 'Acme');
    await events.type(screen.getByLabelText('Country'), 'DE');
    await events.click(screen.getByRole('button', { name: 'Add vendor' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('tenant: is unknown');
  });

  it('says "You do not have access" when the server refuses the create', async () => {
    server.use(
      http.post('/api/v1/vendors', () =>
        problem(403, 'forbidden', 'Forbidden', { detail: 'Requires role analyst or admin.' }),
      ),
    );
    seedVendor({ name: 'Existing AG', country: 'CH' });
    const { events } = await openVendors();

    await events.type(screen.getByLabelText('Vendor name'), 'Acme');
    await events.type(screen.getByLabelText('Country'), 'DE');
    await events.click(screen.getByRole('button', { name: 'Add vendor' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('You do not have access');
    expect(alert).toHaveTextContent('Requires role analyst or admin.');
    expect(screen.getByRole('row', { name: /Existing AG/ })).toBeInTheDocument();
  });

  it('shows a duplicate with a link to the existing vendor and registers it anyway when asked', async () => {
    const existing = seedVendor({ name: 'Müller Logistik GmbH', country: 'DE' });
    const bodies: unknown[] = [];
    server.events.on('request:start', async ({ request }) => {
      if (request.method === 'POST') bodies.push(await request.clone().json());
    });
    const { events } = await openVendors();

    await events.type(screen.getByLabelText('Vendor name'), 'MULLER LOGISTIK');
    await events.type(screen.getByLabelText('Country'), 'DE');
    await events.click(screen.getByRole('button', { name: 'Add vendor' }));

    const banner = await screen.findByRole('alert');
    expect(banner).toHaveTextContent('This vendor may already be registered');
    expect(banner).toHaveTextContent('has the same name once case, accents');
    expect(within(banner).getByRole('link', { name: 'Müller Logistik GmbH' })).toHaveAttribute(
      'href',
      `/vendors/${existing.id}/ownership`,
    );
    expect(db.vendors).toHaveLength(1);

    await events.click(within(banner).getByRole('button', { name: 'Register anyway' }));

    expect(await screen.findByText('Vendor “MULLER LOGISTIK” added.')).toBeInTheDocument();
    expect(screen.queryByText('This vendor may already be registered')).not.toBeInTheDocument();
    expect(db.vendors).toHaveLength(2);
    expect(db.vendors[1]).toMatchObject({ name: 'MULLER LOGISTIK', country: 'DE' });
    expect(bodies).toEqual([
      { name: 'MULLER LOGISTIK', country: 'DE' },
      { name: 'MULLER LOGISTIK', country: 'DE', confirmDuplicate: true },
    ]);
    server.events.removeAllListeners();
  });

  it('registers the same name in another country without asking', async () => {
    seedVendor({ name: 'Acme GmbH', country: 'DE' });
    const { events } = await openVendors();

    await events.type(screen.getByLabelText('Vendor name'), 'Acme AG');
    await events.type(screen.getByLabelText('Country'), 'CH');
    await events.click(screen.getByRole('button', { name: 'Add vendor' }));

    expect(await screen.findByText('Vendor “Acme AG” added.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Register anyway' })).not.toBeInTheDocument();
  });
});
