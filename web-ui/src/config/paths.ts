import { ACCESS, type Role } from '@/lib/roles';

export type AppPath = {
  readonly path: string;
  readonly label: string;
  /**
   * Who may open the page: any signed-in user, or only these roles. The header hides links to pages the user
   * may not open, and the page shows "You do not have access" when opened anyway.
   */
  readonly access: 'authenticated' | readonly Role[];
  readonly getHref: (...params: string[]) => string;
};

export const paths = {
  home: { path: '/', label: 'Home', access: 'authenticated', getHref: () => '/' },
  vendors: { path: '/vendors', label: 'Vendors', access: ACCESS.vendorsRead, getHref: () => '/vendors' },
  lists: { path: '/lists', label: 'Lists', access: ACCESS.listsRead, getHref: () => '/lists' },
  screening: { path: '/screening', label: 'Screening', access: ACCESS.screeningJobsRead, getHref: () => '/screening' },
  vendorOwnership: {
    path: '/vendors/:vendorId/ownership',
    label: 'Due diligence',
    access: ACCESS.partiesRead,
    getHref: (vendorId: string) => `/vendors/${encodeURIComponent(vendorId)}/ownership`,
  },
} as const satisfies Record<string, AppPath>;
