package dev.clearance.api.vendor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clearance.api.audit.AuditTrailReading;
import dev.clearance.api.support.ApiTestSupport;
import dev.clearance.api.support.Http;
import dev.clearance.api.support.TestPostgres;
import dev.clearance.domain.audit.AuditEvent;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A second vendor with the same normalized name and country is refused unless confirmed (issue 10, defect 6). */
@MicronautTest(transactional = false)
class DuplicateVendorApiIT extends ApiTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EmbeddedServer server;
    @Inject
    VendorDirectory vendors;
    @Inject
    AuditTrailReading audit;
    @Inject
    VendorNameKeyBackfill backfill;

    private Http http;
    private String analyst;

    @BeforeAll
    void client() {
        http = new Http(server.getURL().toString());
        analyst = idp.token("alice", "analyst");
    }

    @Test
    void shouldRefuseTheSameNormalizedNameInTheSameCountryWithALinkToTheExistingVendor() throws Exception {
        String existing = registered("Müller Logistik GmbH", "DE");
        int before = vendors.page(1, 0).total();
        int auditBefore = audit.all().size();

        HttpResponse<String> r = register("{\"name\":\"MULLER  logistik G.m.b.H.\",\"country\":\"DE\"}");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(409);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = json(r);
        assertThat(problem.get("type").asText()).isEqualTo("https://clearance.dev/problems/duplicate-vendor");
        assertThat(problem.get("status").asInt()).isEqualTo(409);
        assertThat(problem.get("instance").asText()).isEqualTo("/api/v1/vendors");
        assertThat(problem.get("detail").asText()).contains("Müller Logistik GmbH", "confirmDuplicate");
        assertThat(problem.at("/existing/id").asText()).isEqualTo(existing);
        assertThat(problem.at("/existing/name").asText()).isEqualTo("Müller Logistik GmbH");
        assertThat(problem.at("/existing/href").asText()).isEqualTo("/api/v1/vendors/" + existing);
        assertThat(vendors.page(1, 0).total()).isEqualTo(before);
        assertThat(audit.all()).hasSize(auditBefore);
    }

    @Test
    void shouldAcceptTheSameNameInAnotherCountryAndAnotherNameInTheSameCountry() throws Exception {
        registered("Nordwind Data AG", "CH");
        registered("Nordwind Data AG", "AT");
        registered("Nordwind Data Services AG", "CH");
    }

    @Test
    void shouldRegisterAConfirmedDuplicateAndAuditTheConfirmation() throws Exception {
        String first = registered("Harbor Analytics Ltd", "GB");

        HttpResponse<String> r = register(
                "{\"name\":\"Harbor Analytics Limited\",\"country\":\"GB\",\"confirmDuplicate\":true}");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        String second = json(r).get("id").asText();
        assertThat(events(second, "VendorRegistered")).hasSize(1);
        assertThat(events(second, "VendorDuplicateConfirmed")).singleElement()
                .satisfies(e -> assertThat(e.entry().actor()).isEqualTo("alice"));
        assertThat(events(first, "VendorDuplicateConfirmed")).isEmpty();

        // Unconfirmed, a third one is still refused, and pointed at the first registration.
        HttpResponse<String> third = register("{\"name\":\"harbor analytics\",\"country\":\"GB\"}");
        assertThat(third.statusCode()).isEqualTo(409);
        assertThat(json(third).at("/existing/id").asText()).isEqualTo(first);
        assertThat(register("{\"name\":\"Harbor Analytics plc\",\"country\":\"GB\",\"confirmDuplicate\":false}")
                .statusCode()).isEqualTo(409);
    }

    @Test
    void shouldLetOnlyOneOfConcurrentRegistrationsOfOneNameIn() throws Exception {
        String name = "Race Vendor " + UUID.randomUUID().toString().substring(0, 8);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Integer> codes = new ArrayList<>();
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String variant = i % 2 == 0 ? name + " Ltd" : name.toUpperCase() + " LLC";
                calls.add(() -> register("{\"name\":\"" + variant + "\",\"country\":\"IE\"}").statusCode());
            }
            for (Future<Integer> f : pool.invokeAll(calls)) {
                codes.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(codes).containsOnly(201, 409).filteredOn(c -> c == 201).hasSize(1);
        assertThat(vendors.page(1000, 0).items()).filteredOn(v -> v.name().toLowerCase().startsWith(name.toLowerCase()))
                .hasSize(1);
    }

    @Test
    void shouldFindAVendorStoredBeforeNameKeysOnceTheBackfillRan() throws Exception {
        UUID old = UUID.randomUUID();
        try (Connection c = DriverManager.getConnection(TestPostgres.jdbcUrl());
             PreparedStatement s = c.prepareStatement("insert into vendor (id, name, country, created_at, created_by)"
                     + " values (?, 'Legacy Freight S.A.', 'FR', now(), 'alice')")) {
            s.setObject(1, old);
            s.executeUpdate();
        }
        assertThat(backfill.backfill()).isGreaterThanOrEqualTo(1);

        HttpResponse<String> r = register("{\"name\":\"LEGACY FREIGHT\",\"country\":\"FR\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(409);
        assertThat(json(r).at("/existing/id").asText()).isEqualTo(old.toString());
    }

    private HttpResponse<String> register(String body) {
        return http.post("/api/v1/vendors", analyst, body);
    }

    private String registered(String name, String country) throws Exception {
        HttpResponse<String> r = register("{\"name\":\"" + name + "\",\"country\":\"" + country + "\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json(r).get("id").asText();
    }

    private List<AuditEvent> events(String entityId, String action) {
        return audit.all().stream()
                .filter(e -> e.entry().entityId().equals(entityId) && e.entry().action().equals(action)).toList();
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }
}
