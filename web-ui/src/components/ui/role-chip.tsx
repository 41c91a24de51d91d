import { ROLE_LABELS, type Role } from '@/lib/roles';

export function RoleChips({ roles }: { roles: readonly Role[] }) {
  return (
    <ul className="role-chips" aria-label="Roles">
      {roles.map((role) => (
        <li key={role} className="role-chip" data-testid="role-chip" title={ROLE_LABELS[role]}>
          {role}
        </li>
      ))}
    </ul>
  );
}
