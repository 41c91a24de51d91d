import { describe, expect, it } from 'vitest';

import { ACCESS, ALL_ROLES, describeAccess, hasAnyRole, toRoles } from '@/lib/roles';

describe('roles', () => {
  it('are the five realm roles of docs/CONTRACTS.md', () => {
    expect([...ALL_ROLES].sort()).toEqual(['admin', 'analyst', 'auditor', 'legal-reviewer', 'security-reviewer']);
  });

  it("drop Keycloak's own roles", () => {
    expect(toRoles(['offline_access', 'analyst', 'default-roles-clearance', 'uma_authorization'])).toEqual([
      'analyst',
    ]);
  });

  it('let only analysts and admins create vendors', () => {
    expect(ALL_ROLES.filter((role) => hasAnyRole([role], ACCESS.vendorsCreate))).toEqual(['analyst', 'admin']);
  });

  it('explain in one sentence what the roles allow', () => {
    expect(describeAccess(['auditor'])).toBe(
      'As Auditor, you can view the vendor list (read-only); adding vendors is for analysts and admins.',
    );
    expect(describeAccess(['analyst', 'legal-reviewer'])).toBe(
      'As Analyst and Legal reviewer, you can view the vendor list and add new vendors.',
    );
    expect(describeAccess([])).toMatch(/no Clearance role/);
  });
});

describe('screening job and alert access', () => {
  it('lets analysts and admins start jobs, analysts alone acknowledge, and auditors read', () => {
    expect(ALL_ROLES.filter((role) => hasAnyRole([role], ACCESS.screeningJobsStart))).toEqual(['analyst', 'admin']);
    expect(ALL_ROLES.filter((role) => hasAnyRole([role], ACCESS.screeningAlertsAcknowledge))).toEqual(['analyst']);
    expect(ALL_ROLES.filter((role) => hasAnyRole([role], ACCESS.screeningJobsRead))).toEqual(['analyst', 'auditor', 'admin']);
  });
});
