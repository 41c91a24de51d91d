package dev.clearance.api.party;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.clearance.api.problem.Problems;
import dev.clearance.api.problem.ProblemType;
import dev.clearance.domain.ownership.NewOwnershipEdge;
import dev.clearance.domain.ownership.OwnershipEdge;
import dev.clearance.domain.ownership.RegisteredPartyId;
import dev.clearance.domain.ownership.StakeLimit;
import dev.clearance.domain.ownership.Validity;
import dev.clearance.domain.shared.Percent;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** A new stake would make the stakes in one party in force on some date add up to more than 100% (ADR 0005). */
public class StakeLimitExceededException extends RuntimeException {
    private final transient StakeLimitProblemBody body;

    StakeLimitExceededException(NewOwnershipEdge added, StakeLimit.Breach breach,
                                Function<RegisteredPartyId, String> names) {
        super("stakes in " + added.owned() + " would add up to " + breach.total().toPlainString() + "% on "
                + breach.on());
        List<Stake> stakes = new ArrayList<>();
        for (OwnershipEdge e : breach.inForce()) {
            stakes.add(Stake.of(e.id().value(), e.owner(), names.apply(e.owner()), e.percent(), e.validity(), false));
        }
        Stake requested = Stake.of(null, added.owner(), names.apply(added.owner()), added.percent(),
                added.validity(), true);
        stakes.add(requested);
        String existing = stakes.stream().filter(s -> !s.requested())
                .map(s -> s.percent().toPlainString() + "% held by " + s.ownerName() + " " + period(s))
                .collect(Collectors.joining("; "));
        String detail = "On " + breach.on() + " the stakes in " + names.apply(added.owned()) + " would add up to "
                + breach.total().stripTrailingZeros().toPlainString() + "%: " + existing + "; and the new "
                + requested.percent().toPlainString() + "% of " + requested.ownerName() + " " + period(requested)
                + ". The stakes in force on any date may add up to at most 100%: end or archive a stake first.";
        ProblemType t = ProblemType.OWNERSHIP_OVER_100_PERCENT;
        this.body = new StakeLimitProblemBody(t.uri(), t.title(), t.status().getCode(), detail, null,
                added.owned().value(), breach.on(), breach.total().stripTrailingZeros().toPlainString(), stakes);
    }

    private static String period(Stake s) {
        return "from " + s.validFrom() + (s.validTo() == null ? "" : " until " + s.validTo() + " (exclusive)");
    }

    StakeLimitProblemBody body() {
        return body;
    }

    /**
     * One stake involved: the ones in force on {@code on} and the refused one ({@code requested}, without an id).
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Stake(@Nullable UUID id, UUID ownerPartyId, String ownerName, BigDecimal percent,
                        LocalDate validFrom, @Nullable LocalDate validTo, boolean requested) {
        static Stake of(@Nullable UUID id, RegisteredPartyId owner, String ownerName, Percent percent,
                        Validity validity, boolean requested) {
            return new Stake(id, owner.value(), ownerName, percent.value(), validity.from(), validity.to(),
                    requested);
        }
    }

    /** RFC 9457 problem with the owned party, the date of the highest total, that total and the stakes. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StakeLimitProblemBody(String type, String title, int status, String detail,
                                        @Nullable String instance, UUID ownedPartyId, LocalDate on,
                                        String totalPercent, List<Stake> stakes) {
        StakeLimitProblemBody at(String path) {
            return new StakeLimitProblemBody(type, title, status, detail, path, ownedPartyId, on, totalPercent,
                    stakes);
        }
    }

    @Singleton
    @Produces(Problems.MEDIA_TYPE)
    @Requires(classes = {StakeLimitExceededException.class, ExceptionHandler.class})
    public static class Handler
            implements ExceptionHandler<StakeLimitExceededException, MutableHttpResponse<StakeLimitProblemBody>> {
        @Override
        public MutableHttpResponse<StakeLimitProblemBody> handle(HttpRequest request, StakeLimitExceededException e) {
            return HttpResponse.<StakeLimitProblemBody>status(ProblemType.OWNERSHIP_OVER_100_PERCENT.status())
                    .body(e.body().at(request.getPath()))
                    .contentType(Problems.MEDIA_TYPE);
        }
    }
}
