-- Contracts, their documents, covered data transactions and their immutable classifications (issue 11, ADR 0011).
-- Nothing is hard-deleted: contracts end as EXPIRED or TERMINATED, documents and transactions are archived.
-- A transaction's facts are append-only revisions, so every classification names the exact facts it read.

create table contract (
    id                     uuid primary key,
    vendor_id              uuid        not null references vendor (id),
    title                  text        not null check (length(btrim(title)) between 1 and 300),
    type                   text        not null
                                       check (type in ('VENDOR', 'CLOUD_COMPUTING', 'EMPLOYMENT', 'INVESTMENT', 'DATA_BROKERAGE')),
    counterparty_reference text        check (counterparty_reference is null
                                              or length(btrim(counterparty_reference)) between 1 and 100),
    effective_on           date        not null,
    ends_on                date,
    status                 text        not null check (status in ('DRAFT', 'ACTIVE', 'EXPIRED', 'TERMINATED')),
    owner                  text        not null check (length(btrim(owner)) between 1 and 300),
    created_at             timestamptz not null,
    created_by             text        not null,
    version                integer     not null default 0 check (version >= 0),
    constraint contract_term_check check (ends_on is null or ends_on >= effective_on)
);

create index contract_vendor_idx on contract (vendor_id, status);
create index contract_status_idx on contract (status, effective_on desc);

-- The bytes live in the row (bytea, TOASTed out of line) so they are in every backup and dump with the metadata,
-- written and rolled back in the same transaction. The database itself checks the size limit and that sha256 is
-- the hash of exactly the stored bytes.
create table contract_document (
    id           uuid primary key,
    contract_id  uuid        not null references contract (id),
    file_name    text        not null check (length(btrim(file_name)) between 1 and 255
                                             and file_name !~ '[/\\[:cntrl:]]'),
    content_type text        not null check (content_type in (
                                 'application/pdf',
                                 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                                 'application/msword', 'text/plain', 'image/png', 'image/jpeg')),
    size_bytes   bigint      not null check (size_bytes between 1 and 10485760),
    sha256       char(64)    not null check (sha256 ~ '^[0-9a-f]{64}$'),
    content      bytea       not null,
    uploaded_at  timestamptz not null,
    uploaded_by  text        not null,
    archived_at  timestamptz,
    archived_by  text,
    constraint contract_document_size_check check (octet_length(content) = size_bytes),
    constraint contract_document_hash_check check (encode(sha256(content), 'hex') = sha256),
    constraint contract_document_archive_check check ((archived_at is null) = (archived_by is null))
);

create index contract_document_contract_idx on contract_document (contract_id, uploaded_at);

-- The identity of a transaction; its facts are in transaction_revision. current_revision names the one in force.
create table covered_transaction (
    id               uuid primary key,
    contract_id      uuid        not null references contract (id),
    current_revision integer     not null check (current_revision >= 1),
    created_at       timestamptz not null,
    created_by       text        not null,
    archived_at      timestamptz,
    archived_by      text,
    constraint covered_transaction_archive_check check ((archived_at is null) = (archived_by is null))
);

create index covered_transaction_contract_idx on covered_transaction (contract_id, created_at);

-- Every scalar fact of facts format v1 that is not in the party graph, per revision. Nullable booleans in
-- ef_* are the optional exemptionFacts: null means "not stated".
create table transaction_revision (
    transaction_id                   uuid        not null references covered_transaction (id),
    revision                         integer     not null check (revision >= 1),
    us_person_party_id               uuid        not null references party (id),
    counterparty_party_id            uuid        not null references party (id),
    transaction_date                 date        not null,
    ends_on                          date,
    type                             text        not null
                                                 check (type in ('DATA_BROKERAGE', 'VENDOR', 'EMPLOYMENT', 'INVESTMENT', 'NONE')),
    cloud_computing                  boolean     not null,
    counterparty_access              boolean     not null,
    investment_instrument            text        check (investment_instrument in
                                                        ('PUBLIC_SECURITY', 'REGISTERED_FUND', 'LIMITED_PARTNER', 'OTHER')),
    investment_voting_percent        numeric(7, 4) check (investment_voting_percent between 0 and 100),
    investment_equity_percent        numeric(7, 4) check (investment_equity_percent between 0 and 100),
    investment_extra_rights          boolean,
    precise_geolocation_listed_area  boolean     not null,
    marketed_as_us_government_linked boolean     not null,
    onward_transfer_clause           boolean     not null,
    security_requirements            text        not null check (security_requirements in ('MET', 'NOT_MET', 'UNKNOWN')),
    license_kind                     text        check (license_kind in ('GENERAL', 'SPECIFIC')),
    license_reference                text        check (license_reference is null
                                                        or length(btrim(license_reference)) between 1 and 200),
    license_conditions_met           boolean,
    evasion                          boolean     not null,
    directed_foreign_transaction     boolean     not null,
    ef_value_transferred             boolean,
    ef_expressive                    boolean,
    ef_fully_created_before          boolean,
    ef_made_to_recipient_spec        boolean,
    ef_altered_or_enhanced           boolean,
    ef_export_controlled             boolean,
    transfer_method                  text        check (transfer_method in ('API', 'FILE_TRANSFER', 'CLOUD_STORAGE_SHARE',
                                                        'REMOTE_ACCESS', 'EMAIL', 'PHYSICAL_MEDIA', 'OTHER')),
    recorded_at                      timestamptz not null,
    recorded_by                      text        not null,
    primary key (transaction_id, revision),
    constraint transaction_revision_parties_check check (us_person_party_id <> counterparty_party_id),
    constraint transaction_revision_term_check check (ends_on is null or ends_on >= transaction_date),
    constraint transaction_revision_cloud_check check (not cloud_computing or type = 'VENDOR'),
    constraint transaction_revision_investment_check check (
        (investment_instrument is null and investment_voting_percent is null
             and investment_equity_percent is null and investment_extra_rights is null)
        or (type = 'INVESTMENT' and investment_instrument is not null and investment_voting_percent is not null
             and investment_equity_percent is not null and investment_extra_rights is not null)),
    constraint transaction_revision_license_check check (
        (license_kind is null and license_reference is null and license_conditions_met is null)
        or (license_kind is not null and license_reference is not null and license_conditions_met is not null))
);

-- The 12-month look-back (28 CFR 202.205): transactions between this U.S. person and this counterparty dated in
-- (D - 12 months, D]. The query joins covered_transaction on current_revision.
create index transaction_revision_lookback_idx
    on transaction_revision (us_person_party_id, counterparty_party_id, transaction_date);
create index transaction_revision_counterparty_idx on transaction_revision (counterparty_party_id, transaction_date);

create table transaction_data_set (
    transaction_id                uuid     not null,
    revision                      integer  not null,
    position                      smallint not null check (position >= 0),
    category                      text     not null check (category in (
                                      'HUMAN_GENOMIC', 'HUMAN_EPIGENOMIC', 'HUMAN_PROTEOMIC', 'HUMAN_TRANSCRIPTOMIC',
                                      'HUMAN_BIOSPECIMENS', 'BIOMETRIC_IDENTIFIERS', 'PRECISE_GEOLOCATION',
                                      'PERSONAL_HEALTH', 'PERSONAL_FINANCIAL', 'LISTED_IDENTIFIERS')),
    us_person_count               bigint   not null check (us_person_count >= 0),
    identifiers                   text[]   not null default '{}' check (identifiers <@ array[
                                      'SSN', 'DRIVERS_LICENSE', 'PASSPORT', 'ALIEN_NUMBER', 'FINANCIAL_ACCOUNT', 'PIN',
                                      'IMEI', 'MAC_ADDRESS', 'SIM', 'NAME', 'DATE_OF_BIRTH', 'PLACE_OF_BIRTH',
                                      'ZIP_CODE', 'ADDRESS', 'PHONE', 'EMAIL', 'PUBLIC_ACCOUNT_ID', 'ADVERTISING_ID',
                                      'USERNAME', 'PASSWORD', 'SECURITY_ANSWER', 'IP_ADDRESS', 'COOKIE',
                                      'CALL_DETAIL']::text[]),
    linked_to_other_sensitive     boolean  not null,
    excluded                      text     check (excluded in ('NOT_ABOUT_INDIVIDUALS', 'PUBLIC_RECORD',
                                                               'PERSONAL_COMMUNICATION', 'INFORMATIONAL_MATERIALS')),
    therapeutic_use               boolean  not null,
    anonymized                    boolean  not null,
    primary key (transaction_id, revision, position),
    foreign key (transaction_id, revision) references transaction_revision (transaction_id, revision)
);

create index transaction_data_set_category_idx on transaction_data_set (category);

create table transaction_exemption (
    transaction_id uuid     not null,
    revision       integer  not null,
    position       smallint not null check (position >= 0),
    claim          text     not null check (claim in (
                                'PERSONAL_COMMUNICATION', 'INFORMATIONAL_MATERIALS', 'TRAVEL', 'OFFICIAL_US_GOVERNMENT',
                                'FINANCIAL_SERVICES', 'CORPORATE_GROUP', 'REQUIRED_BY_FEDERAL_LAW', 'CFIUS_ACTION',
                                'TELECOMMUNICATIONS', 'DRUG_DEVICE_AUTHORIZATION', 'CLINICAL_INVESTIGATION')),
    primary key (transaction_id, revision, position),
    unique (transaction_id, revision, claim),
    foreign key (transaction_id, revision) references transaction_revision (transaction_id, revision)
);

create table transaction_location (
    transaction_id uuid     not null,
    revision       integer  not null,
    position       smallint not null check (position >= 0),
    country        char(2)  not null check (country ~ '^[A-Z]{2}$'),
    role           text     not null check (role in ('STORAGE', 'PROCESSING', 'ACCESS')),
    primary key (transaction_id, revision, position),
    unique (transaction_id, revision, country, role),
    foreign key (transaction_id, revision) references transaction_revision (transaction_id, revision)
);

-- One immutable record per classification run. citations[1] is the decisive one (also in decisive_citation, to
-- filter on). facts is the snapshot of the exact facts the engine read, in facts format v1 (JSON text, written by
-- the caller), and facts_hash its SHA-256: the party graph can be corrected after the fact, so the facts are kept
-- as read, not re-derived.
create table transaction_classification (
    id                        uuid primary key,
    transaction_id            uuid          not null,
    revision                  integer       not null,
    outcome                   text          not null check (outcome in
                                            ('PROHIBITED', 'RESTRICTED', 'EXEMPT', 'NOT_COVERED', 'AUTHORIZED_BY_LICENSE')),
    decisive_citation         text          not null,
    citations                 text[]        not null check (cardinality(citations) >= 1),
    cp_us_person              boolean       not null,
    cp_country_of_concern     boolean       not null,
    cp_covered_person         boolean       not null,
    cp_limbs                  text[]        not null,
    cp_covered_ownership_pct  numeric(7, 4) not null check (cp_covered_ownership_pct between 0 and 100),
    government_related        boolean       not null,
    requirements              text[]        not null,
    warnings                  text[]        not null,
    rule_set_version          text          not null check (rule_set_version ~ '^dsp-\d{4}\.\d{2}\.\d{2}-\d+$'),
    facts                     text          not null check (length(btrim(facts)) >= 2),
    facts_hash                char(64)      not null check (facts_hash ~ '^[0-9a-f]{64}$'),
    cause                     text          not null check (cause in ('SAVED', 'FACTS_CHANGED',
                                            'COUNTERPARTY_STATUS_CHANGED', 'AGGREGATE_CHANGED', 'RULE_SET_CHANGED')),
    classified_at             timestamptz   not null,
    classified_by             text          not null,
    foreign key (transaction_id, revision) references transaction_revision (transaction_id, revision),
    constraint transaction_classification_decisive_check check (decisive_citation = citations[1]),
    constraint transaction_classification_facts_digest_check
        check (facts_hash = encode(sha256(convert_to(facts, 'UTF8')), 'hex'))
);

create index transaction_classification_latest_idx
    on transaction_classification (transaction_id, classified_at desc, id desc);
create index transaction_classification_outcome_idx on transaction_classification (outcome, classified_at desc);

create table transaction_classification_reason (
    classification_id uuid     not null references transaction_classification (id),
    position          smallint not null check (position >= 0),
    rule              text     not null check (length(btrim(rule)) >= 1),
    citation          text     not null,
    text              text     not null check (length(btrim(text)) >= 1),
    primary key (classification_id, position)
);

create table transaction_classification_duty (
    classification_id uuid     not null references transaction_classification (id),
    position          smallint not null check (position >= 0),
    code              text     not null,
    citation          text     not null,
    due               date,
    primary key (classification_id, position)
);

create index transaction_classification_duty_due_idx on transaction_classification_duty (due);

create table transaction_classification_bulk (
    classification_id uuid     not null references transaction_classification (id),
    position          smallint not null check (position >= 0),
    category          text     not null,
    aggregate_count   bigint   not null check (aggregate_count >= 0),
    threshold         bigint   not null check (threshold >= 0),
    bulk              boolean  not null,
    primary key (classification_id, position),
    constraint transaction_classification_bulk_check check (not bulk or aggregate_count > threshold)
);

-- Stored facts and classifications are evidence: refused UPDATE, DELETE and TRUNCATE, as audit_event.
create function transaction_record_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception '% is append-only (% refused)', tg_table_name, tg_op;
end;
$$;

create trigger transaction_revision_no_change before update or delete on transaction_revision
    for each row execute function transaction_record_is_append_only();
create trigger transaction_data_set_no_change before update or delete on transaction_data_set
    for each row execute function transaction_record_is_append_only();
create trigger transaction_exemption_no_change before update or delete on transaction_exemption
    for each row execute function transaction_record_is_append_only();
create trigger transaction_location_no_change before update or delete on transaction_location
    for each row execute function transaction_record_is_append_only();
create trigger transaction_classification_no_change before update or delete on transaction_classification
    for each row execute function transaction_record_is_append_only();
create trigger transaction_classification_reason_no_change before update or delete on transaction_classification_reason
    for each row execute function transaction_record_is_append_only();
create trigger transaction_classification_duty_no_change before update or delete on transaction_classification_duty
    for each row execute function transaction_record_is_append_only();
create trigger transaction_classification_bulk_no_change before update or delete on transaction_classification_bulk
    for each row execute function transaction_record_is_append_only();

create trigger transaction_classification_no_truncate before truncate on transaction_classification
    for each statement execute function transaction_record_is_append_only();
create trigger transaction_revision_no_truncate before truncate on transaction_revision
    for each statement execute function transaction_record_is_append_only();

-- Documents and transactions are archived, never deleted; contracts end in a final status.
create function row_is_never_deleted() returns trigger
    language plpgsql as
$$
begin
    raise exception '% rows are archived, never deleted', tg_table_name;
end;
$$;

create trigger contract_no_delete before delete on contract
    for each row execute function row_is_never_deleted();
create trigger contract_document_no_delete before delete on contract_document
    for each row execute function row_is_never_deleted();
create trigger covered_transaction_no_delete before delete on covered_transaction
    for each row execute function row_is_never_deleted();

-- A document's bytes and hash never change once stored; only the archive marks may be set.
create function contract_document_content_is_fixed() returns trigger
    language plpgsql as
$$
begin
    if new.content is distinct from old.content or new.sha256 is distinct from old.sha256
        or new.size_bytes is distinct from old.size_bytes or new.contract_id is distinct from old.contract_id then
        raise exception 'contract_document content is immutable';
    end if;
    return new;
end;
$$;

create trigger contract_document_fixed before update on contract_document
    for each row execute function contract_document_content_is_fixed();
