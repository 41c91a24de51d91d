import type { Vendor } from '@/types/api';

// A tiny in-memory stand-in for the server's vendor table, reset after every test.
export const db = {
  vendors: [] as Vendor[],
  currentUsername: 'alice',
};

export function seedVendor(vendor: Partial<Vendor> & Pick<Vendor, 'name' | 'country'>): Vendor {
  const row: Vendor = {
    id: crypto.randomUUID(),
    createdAt: '2026-11-25T12:00:00Z',
    createdBy: 'alice',
    ...vendor,
  };
  db.vendors.push(row);
  return row;
}

export function resetDb(): void {
  db.vendors = [];
  db.currentUsername = 'alice';
}
