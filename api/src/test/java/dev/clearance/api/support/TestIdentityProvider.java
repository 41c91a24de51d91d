package dev.clearance.api.support;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * A stand-in for Keycloak in API tests: serves a JWKS on loopback and signs RS256 tokens with the same claim
 * shape Keycloak issues ({@code realm_access.roles} with its default-role noise, {@code aud} clearance-api).
 * The real Keycloak is exercised by the e2e stage.
 */
public final class TestIdentityProvider {
    private static TestIdentityProvider instance;

    private final RSAKey key;
    private final String baseUrl;

    private TestIdentityProvider() {
        try {
            key = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyID("test-key").generate();
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            server.createContext("/realms/clearance/protocol/openid-connect/certs", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(jwks);
                }
            });
            server.start();
            baseUrl = "http://localhost:" + server.getAddress().getPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static synchronized TestIdentityProvider get() {
        if (instance == null) {
            instance = new TestIdentityProvider();
        }
        return instance;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public String issuer() {
        return baseUrl + "/realms/clearance";
    }

    public String token(String username, String... roles) {
        return token(username, issuer(), "clearance-api", Instant.now().plusSeconds(300), roles);
    }

    public String token(String username, String issuer, String audience, Instant expires, String... roles) {
        List<String> realmRoles = new ArrayList<>(List.of(roles));
        realmRoles.addAll(List.of("offline_access", "uma_authorization", "default-roles-clearance"));
        try {
            JWTClaimsSet claims = new JWTClaimsSet.Builder()
                    .issuer(issuer)
                    .subject("sub-" + username)
                    .audience(List.of(audience, "account"))
                    .claim("azp", "clearance-web")
                    .claim("preferred_username", username)
                    .claim("name", Character.toUpperCase(username.charAt(0)) + username.substring(1) + " Tester")
                    .claim("realm_access", Map.of("roles", realmRoles))
                    .issueTime(Date.from(Instant.now().minusSeconds(5)))
                    .expirationTime(Date.from(expires))
                    .build();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
