package dev.clearance.api.vendor;

import dev.clearance.api.audit.Auditor;
import dev.clearance.api.config.Ids;
import dev.clearance.api.problem.InvalidRequestException;
import dev.clearance.api.security.CurrentActor;
import dev.clearance.domain.vendor.NewVendor;
import dev.clearance.domain.vendor.Vendor;
import dev.clearance.domain.vendor.VendorId;
import dev.clearance.persistence.vendor.VendorStore;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.jspecify.annotations.Nullable;

/** Use case: an analyst registers a vendor. The vendor and its audit event commit together or not at all. */
@Singleton
public class RegisteringVendor {
    private final VendorStore store;
    private final Auditor auditor;
    private final Ids ids;
    private final Clock clock;

    public RegisteringVendor(VendorStore store, Auditor auditor, Ids ids, Clock clock) {
        this.store = store;
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
        Vendor vendor = store.insert(new VendorId(ids.next()), new NewVendor(request.name(), request.country()),
                clock.instant(), actor.username());
        auditor.record(actor, "VendorRegistered", "vendor", vendor.id().toString(),
                vendor.name() + "|" + vendor.country(), requestId);
        return vendor;
    }
}
