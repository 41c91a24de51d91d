import { Link } from 'react-router';

import { Loading } from '@/components/ui/loading';
import { ProblemBanner } from '@/components/ui/problem-banner';
import { paths } from '@/config/paths';
import type { Vendor } from '@/types/api';
import { Time } from '@/components/ui/time';

import { useVendors } from '../api/get-vendors';

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

function countryName(code: string): string | undefined {
  try {
    return regionNames.of(code);
  } catch {
    return undefined;
  }
}

export function VendorsTable({ vendors }: { vendors: readonly Vendor[] }) {
  return (
    <table className="table" aria-label="Vendors">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Country</th>
          <th scope="col">Created at</th>
          <th scope="col">Created by</th>
        </tr>
      </thead>
      <tbody>
        {vendors.length === 0 ? (
          <tr>
            <td colSpan={4} className="table__empty">
              No vendors yet.
            </td>
          </tr>
        ) : (
          vendors.map((vendor) => (
            <tr key={vendor.id}>
              <td>
                <Link to={paths.vendorOwnership.getHref(vendor.id)} title="Open due diligence">
                  {vendor.name}
                </Link>
              </td>
              <td>
                <abbr title={countryName(vendor.country)}>{vendor.country}</abbr>
              </td>
              <td>
                <Time value={vendor.createdAt} />
              </td>
              <td>{vendor.createdBy}</td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}

export function VendorsList() {
  const vendors = useVendors();

  if (vendors.isPending) return <Loading label="Loading vendors…" />;
  if (vendors.isError) return <ProblemBanner error={vendors.error} />;

  return (
    <section aria-labelledby="vendor-list-heading">
      <h2 id="vendor-list-heading">
        All vendors <span className="count">({vendors.data.total})</span>
      </h2>
      <VendorsTable vendors={vendors.data.items} />
    </section>
  );
}
