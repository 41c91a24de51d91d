package dev.clearance.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** One role vocabulary: the Java enum, the UI's roles.ts and the Keycloak realm must name the same five roles. */
class RoleParityTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static Map<String, String> javaRoles() {
        Map<String, String> roles = new LinkedHashMap<>();
        Arrays.stream(Role.values()).forEach(r -> roles.put(r.name(), r.value()));
        return roles;
    }

    @Test
    void shouldMatchTheWebUiRoleConstants() throws Exception {
        String ts = Files.readString(ROOT.resolve("web-ui/src/lib/roles.ts"));
        Matcher block = Pattern.compile("export const ROLES = \\{(.*?)\\}", Pattern.DOTALL).matcher(ts);
        assertThat(block.find()).as("ROLES object in roles.ts").isTrue();
        Map<String, String> uiRoles = new LinkedHashMap<>();
        Matcher entry = Pattern.compile("(\\w+):\\s*'([^']+)'").matcher(block.group(1));
        while (entry.find()) {
            uiRoles.put(entry.group(1), entry.group(2));
        }
        assertThat(uiRoles).isEqualTo(javaRoles());
    }

    @Test
    void shouldMatchTheKeycloakRealmRoles() throws Exception {
        JsonNode realm = new ObjectMapper().readTree(ROOT.resolve("deploy/keycloak/clearance-realm.json").toFile());
        Set<String> realmRoles = StreamSupport.stream(realm.path("roles").path("realm").spliterator(), false)
                .map(r -> r.path("name").asText())
                .filter(n -> !n.startsWith("default-roles") && !n.equals("offline_access") && !n.equals("uma_authorization"))
                .collect(Collectors.toSet());
        assertThat(realmRoles).containsExactlyInAnyOrderElementsOf(javaRoles().values());
    }
}
