import { paths } from '@/config/paths';
import { CreateVendorForm } from '@/features/vendors/components/create-vendor-form';
import { VendorsList } from '@/features/vendors/components/vendors-list';
import { Authorization } from '@/lib/authorization';
import { ACCESS } from '@/lib/roles';

import { Forbidden } from './forbidden';

export function VendorsRoute() {
  return (
    <Authorization access={paths.vendors.access} forbiddenFallback={<Forbidden />}>
      <h1>Vendors</h1>
      <Authorization
        access={ACCESS.vendorsCreate}
        forbiddenFallback={
          <p className="muted" data-testid="read-only-note">
            Read-only: your role can view vendors but not add them.
          </p>
        }
      >
        <CreateVendorForm />
      </Authorization>
      <VendorsList />
    </Authorization>
  );
}
