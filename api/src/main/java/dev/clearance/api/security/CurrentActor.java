package dev.clearance.api.security;

import io.micronaut.security.authentication.Authentication;
import java.util.List;
import java.util.Objects;

/** Who is acting: the user name recorded in audit events and the Clearance roles they hold. */
public record CurrentActor(String username, String displayName, List<String> roles) {
    public CurrentActor {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        roles = List.copyOf(roles);
    }

    public static CurrentActor of(Authentication authentication) {
        var attrs = authentication.getAttributes();
        String username = attrs.get("preferred_username") instanceof String u ? u : authentication.getName();
        String display = attrs.get("name") instanceof String n && !n.isBlank() ? n : username;
        return new CurrentActor(username, display, List.copyOf(authentication.getRoles()));
    }
}
