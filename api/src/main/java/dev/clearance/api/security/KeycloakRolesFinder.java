package dev.clearance.api.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.security.token.DefaultRolesFinder;
import io.micronaut.security.token.RolesFinder;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Reads Keycloak's nested {@code realm_access.roles} claim and keeps only Clearance's own roles, so Keycloak's
 * default roles ({@code offline_access}, {@code uma_authorization}, ...) never grant anything.
 */
@Singleton
@Replaces(DefaultRolesFinder.class)
public class KeycloakRolesFinder implements RolesFinder {
    @Override
    public @NonNull List<String> resolveRoles(@NonNull Map<String, Object> attributes) {
        if (!(attributes.get("realm_access") instanceof Map<?, ?> realmAccess)) {
            return List.of();
        }
        if (!(realmAccess.get("roles") instanceof Collection<?> roles)) {
            return List.of();
        }
        return roles.stream()
                .map(String::valueOf)
                .filter(r -> Role.fromValue(r).isPresent())
                .distinct()
                .toList();
    }
}
