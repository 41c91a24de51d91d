-- Duplicate vendors (issue 10, defect 6). name_key is the vendor's name normalized by the application
-- (NFKC, transliterated, diacritics, case, punctuation and legal forms off: see VendorNameKey); it is computed in
-- Java, so rows that predate this column get it at the next start of the application (null until then).
-- duplicate_of names the vendor an analyst confirmed this one to duplicate knowingly.
alter table vendor add column name_key text;
alter table vendor add column duplicate_of uuid references vendor (id);

create index vendor_country_name_key_idx on vendor (country, name_key) where archived_at is null;

-- Stake limits (issue 10, defect 11) need no schema change: the check reads the non-archived edges into one party
-- through ownership_edge_owned_idx, with the owned party's row locked (select ... for update) for the transaction.
