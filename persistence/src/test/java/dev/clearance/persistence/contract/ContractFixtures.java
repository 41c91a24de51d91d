package dev.clearance.persistence.contract;

import dev.clearance.domain.contract.Contract;
import dev.clearance.domain.contract.ContractId;
import dev.clearance.domain.contract.ContractStatus;
import dev.clearance.domain.contract.ContractType;
import dev.clearance.domain.ownership.NewParty;
import dev.clearance.domain.ownership.PartyFacts;
import dev.clearance.domain.ownership.RegisteredPartyId;
import dev.clearance.domain.ownership.Validity;
import dev.clearance.domain.party.PartyKind;
import dev.clearance.domain.party.Relationship;
import dev.clearance.domain.shared.CountryCode;
import dev.clearance.domain.vendor.NewVendor;
import dev.clearance.domain.vendor.VendorId;
import dev.clearance.persistence.party.PartyStore;
import dev.clearance.persistence.vendor.VendorStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

/** Registers vendors with their parties and contracts under them, each with fresh ids. */
public final class ContractFixtures {
    public static final Instant AT = Instant.parse("2026-12-07T03:00:00Z");

    private final PartyStore parties;
    private final VendorStore vendors;
    private final ContractStore contracts;

    public ContractFixtures(DSLContext dsl) {
        this.parties = new PartyStore(dsl);
        this.vendors = new VendorStore(dsl);
        this.contracts = new ContractStore(dsl);
    }

    public RegisteredPartyId entity(String name, String organizedIn) {
        RegisteredPartyId id = new RegisteredPartyId(UUID.randomUUID());
        parties.insert(id, new NewParty(PartyKind.ENTITY, name, List.of(), null, null), AT, "alice");
        parties.insertVersion(UUID.randomUUID(), id, Validity.from(LocalDate.parse("2000-01-01")),
                new PartyFacts(List.of(CountryCode.of(organizedIn)), CountryCode.of(organizedIn), null, List.of(),
                        null, null, null, false, Relationship.NONE, null), AT, "alice");
        return id;
    }

    /** A vendor linked to a new entity organized in {@code country}. */
    public Vendor vendor(String country) {
        VendorId id = new VendorId(UUID.randomUUID());
        String name = "Vendor " + id;
        vendors.insert(id, new NewVendor(name, country), name.toUpperCase(java.util.Locale.ROOT), null, AT, "alice");
        RegisteredPartyId party = entity(name, country);
        parties.linkVendor(id, party);
        return new Vendor(id, party);
    }

    public Contract contract(VendorId vendor, ContractType type, @Nullable LocalDate endsOn) {
        return contracts.insert(new Contract(new ContractId(UUID.randomUUID()), vendor, "Master services agreement",
                type, "MSA-2026-17", LocalDate.parse("2026-01-01"), endsOn, ContractStatus.DRAFT, "alice", AT,
                "alice", 0));
    }

    public record Vendor(VendorId id, RegisteredPartyId party) {
    }
}
