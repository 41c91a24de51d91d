package dev.clearance.api.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The module and security boundaries of ADR 0001 and ADR 0003, as executable rules. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.clearance");

    /** Reviewed anonymous endpoints: each must be harmless without a login. */
    private static final Set<String> ANONYMOUS_ALLOWLIST = Set.of(
            "dev.clearance.api.web.UiConfigController.config",     // Keycloak URL, realm and public client id only
            "dev.clearance.api.web.SpaFallbackController.notFound"); // index.html or a 404 problem

    private static final List<Class<? extends Annotation>> HTTP_METHODS =
            List.of(Get.class, Post.class, Put.class, Patch.class, Delete.class, Error.class);

    @Test
    void domain_and_rules_are_framework_free() {
        noClasses().that().resideInAnyPackage("dev.clearance.domain..", "dev.clearance.rules..")
                .should().dependOnClassesThat().resideInAnyPackage("io.micronaut..", "org.jooq..", "jakarta..",
                        "com.fasterxml..", "java.sql..", "javax.sql..", "dev.clearance.persistence..",
                        "dev.clearance.api..")
                .because("domain and rules are pure Java (house style rule 1)")
                .check(CLASSES);
    }

    @Test
    void persistence_does_not_depend_on_rules_or_api() {
        noClasses().that().resideInAPackage("dev.clearance.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.clearance.rules..", "dev.clearance.api..",
                        "io.micronaut..")
                .because("outcome types live in domain, so persistence stores them without knowing the engine")
                .check(CLASSES);
    }

    @Test
    void jooq_stays_in_persistence() {
        noClasses().that().resideOutsideOfPackage("dev.clearance.persistence..")
                .and().resideOutsideOfPackage("dev.clearance.api.config..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "dev.clearance.persistence.jooq..")
                .because("jOOQ types never leave persistence (only the wiring factory sees DSLContext)")
                .check(CLASSES);
    }

    @Test
    void persistence_api_returns_no_jooq_types() {
        methods().that().areDeclaredInClassesThat().resideInAPackage("dev.clearance.persistence..")
                .and().areDeclaredInClassesThat().resideOutsideOfPackage("dev.clearance.persistence.jooq..")
                .and().arePublic()
                .should().notHaveRawReturnType(
                        DescribedPredicate.describe("a jOOQ type", c -> c.getPackageName().startsWith("org.jooq")))
                .because("callers must not be able to build SQL from what persistence returns")
                .check(CLASSES);
    }

    @Test
    void every_endpoint_declares_a_role() {
        methods().that(isEndpoint())
                .should(declareANamedRoleOrBeAllowlisted())
                .because("security is structural: each endpoint names the roles that may call it")
                .check(CLASSES);
    }

    @Test
    void no_clock_or_randomness_in_domain_or_rules() {
        noClasses().that().resideInAnyPackage("dev.clearance.domain..", "dev.clearance.rules..")
                .should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.OffsetDateTime.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .orShould().callMethod(java.time.Clock.class, "systemUTC")
                .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
                .orShould().callMethod(java.util.UUID.class, "randomUUID")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(Math.class, "random")
                .orShould().callConstructor(java.util.Random.class)
                .orShould().callConstructor(java.security.SecureRandom.class)
                .because("same facts must give the same answer: time and ids are passed in (house style rule 9)")
                .check(CLASSES);
    }

    @Test
    void transactions_are_opened_by_use_cases_not_controllers() {
        noMethods().that().areDeclaredInClassesThat().areAnnotatedWith(Controller.class)
                .should().beAnnotatedWith(io.micronaut.transaction.annotation.Transactional.class)
                .orShould().beAnnotatedWith("jakarta.transaction.Transactional")
                .because("one transaction per use case, opened in the application service (house style rule 18)")
                .check(CLASSES);
    }

    private static DescribedPredicate<JavaMethod> isEndpoint() {
        return DescribedPredicate.describe("are HTTP endpoints", m ->
                m.getOwner().isAnnotatedWith(Controller.class)
                        && HTTP_METHODS.stream().anyMatch(m::isAnnotatedWith));
    }

    private static ArchCondition<JavaMethod> declareANamedRoleOrBeAllowlisted() {
        return new ArchCondition<>("declare @Secured with a named role, or be a reviewed anonymous endpoint") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                String id = method.getOwner().getName() + "." + method.getName();
                Secured secured = method.isAnnotatedWith(Secured.class)
                        ? method.getAnnotationOfType(Secured.class)
                        : method.getOwner().isAnnotatedWith(Secured.class)
                                ? method.getOwner().getAnnotationOfType(Secured.class) : null;
                if (secured == null) {
                    events.add(SimpleConditionEvent.violated(method, id + " has no @Secured"));
                    return;
                }
                List<String> values = Arrays.asList(secured.value());
                boolean anonymous = values.contains(SecurityRule.IS_ANONYMOUS);
                boolean onlyGeneric = values.stream().allMatch(v -> v.equals(SecurityRule.IS_AUTHENTICATED)
                        || v.equals(SecurityRule.IS_ANONYMOUS) || v.equals(SecurityRule.DENY_ALL));
                if (anonymous && !ANONYMOUS_ALLOWLIST.contains(id)) {
                    events.add(SimpleConditionEvent.violated(method, id + " is anonymous but not allowlisted"));
                } else if (!anonymous && onlyGeneric) {
                    events.add(SimpleConditionEvent.violated(method, id + " names no role: " + values));
                }
            }
        };
    }
}
