package dev.clearance.api.vendor;

import dev.clearance.api.audit.Auditor;
import dev.clearance.api.config.Ids;
import dev.clearance.api.problem.InvalidRequestException;
import dev.clearance.api.security.CurrentActor;
import dev.clearance.domain.vendor.NewVendor;
import dev.clearance.domain.vendor.Vendor;
import dev.clearance.domain.vendor.VendorId;
import dev.clearance.persistence.vendor.VendorQueries;
import dev.clearance.persistence.vendor.VendorStore;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.jspecify.annotations.Nullable;

/**
 * Use case: an analyst registers a vendor. The vendor and its audit events commit together or not at all. A vendor
 * whose normalized name ({@link VendorNameKey}) and country match an active one is refused unless the request
 * confirms the duplicate; the confirmation is audited as its own event.
 */
@Singleton
public class RegisteringVendor {
    private final VendorStore store;
    private final VendorQueries queries;
    private final Auditor auditor;
    private final Ids ids;
    private final Clock clock;

    public RegisteringVendor(VendorStore store, VendorQueries queries, Auditor auditor, Ids ids, Clock clock) {
        this.store = store;
        this.queries = queries;
        this.auditor = auditor;
        this.ids = ids;
        this.clock = clock;
    }

    @Transactional
    public Vendor register(VendorController.RegisterVendorRequest request, CurrentActor actor,
                           @Nullable String requestId) {
        if (!NewVendor.isCountryCode(request.country())) {
            throw new InvalidRequestException("$.country", "'" + request.country() + "' is not an ISO 3166-1 country code");
        }
        NewVendor candidate = new NewVendor(request.name(), request.country());
        String nameKey = VendorNameKey.of(candidate.name());
        store.lockNameKey(candidate.country(), nameKey);
        Vendor existing = queries.findActiveByNameKey(candidate.country(), nameKey).orElse(null);
        if (existing != null && !Boolean.TRUE.equals(request.confirmDuplicate())) {
            throw new DuplicateVendorException(existing);
        }
        Vendor vendor = store.insert(new VendorId(ids.next()), candidate, nameKey,
                existing == null ? null : existing.id(), clock.instant(), actor.username());
        auditor.record(actor, "VendorRegistered", "vendor", vendor.id().toString(),
                vendor.name() + "|" + vendor.country() + (existing == null ? "" : "|duplicateOf=" + existing.id()),
                requestId);
        if (existing != null) {
            auditor.record(actor, "VendorDuplicateConfirmed", "vendor", vendor.id().toString(),
                    "duplicateOf=" + existing.id() + "|" + existing.name() + "|" + existing.country(), requestId);
        }
        return vendor;
    }
}
