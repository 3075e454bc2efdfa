package city.hotline.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import city.hotline.infrastructure.TokenSigner;
import city.hotline.security.Grant;
import city.hotline.security.Role;
import io.restassured.http.Header;

/**
 * Tokens for the service under test, signed with a key pair made once per test JVM. A request sent without one
 * runs as an administrator (see {@link AdminUnlessStated}); a test about roles sends its own:
 * <pre>
 * given().header(TestTokens.as(Role.ANALYST)).get("/api/residents").then().statusCode(403);
 * given().header(TestTokens.worker("110101004001", workerId)).get("/api/tickets/{id}", id) ...
 * given().header(TestTokens.NONE).get("/api/residents").then().statusCode(401);
 * </pre>
 */
public final class TestTokens {

    public static final String ISSUER = "https://identity.hotline.test";
    public static final String AUDIENCE = "hotline";
    /** Sent with a request, this header makes it go without any token; it is removed before the request leaves. */
    public static final Header NONE = new Header("X-Test-No-Token", "true");

    // A system property, not a static field: Quarkus loads test-kit classes in more than one class loader.
    private static final String DIRECTORY = "hotline.test.identity-directory";
    private static final Duration LIFETIME = Duration.ofHours(12);

    private TestTokens() {
    }

    /** The header of a token for any grant. */
    public static Header as(Grant grant) {
        return new Header("Authorization", "Bearer " + token(grant));
    }

    /** The header of a token for a role that is not confined to a unit: admin, operator, analyst. */
    public static Header as(Role role) {
        return as(Grant.of(role));
    }

    public static Header worker(String communityCode, UUID workerId) {
        return as(new Grant("worker-" + workerId, Role.WORKER, communityCode, workerId.toString()));
    }

    /** A supervisor of a district (6 digits), street (9) or community (12). */
    public static Header supervisor(String unitCode) {
        return as(new Grant("supervisor-" + unitCode, Role.SUPERVISOR, unitCode, null));
    }

    public static Header communitySystem(String communityCode) {
        return as(new Grant("system-" + communityCode, Role.COMMUNITY_SYSTEM, communityCode, null));
    }

    public static String token(Grant grant) {
        return signer().sign(grant.claims(ISSUER, AUDIENCE, Instant.now(), LIFETIME));
    }

    /** A token for the grant that expired an hour ago (well past the verifier's allowance for clock skew). */
    public static String expiredToken(Grant grant) {
        return signer().sign(grant.claims(ISSUER, AUDIENCE, Instant.now().minus(LIFETIME).minus(Duration.ofHours(1)),
                LIFETIME));
    }

    /** The settings that make the service under test verify these tokens. */
    static Map<String, String> serviceConfiguration() {
        return Map.of(
                "mp.jwt.verify.publickey.location", "file:" + signer().publicKey().toAbsolutePath(),
                "mp.jwt.verify.issuer", ISSUER,
                "mp.jwt.verify.audiences", AUDIENCE);
    }

    private static TokenSigner signer() {
        Properties properties = System.getProperties();
        synchronized (properties) {
            if (properties.getProperty(DIRECTORY) == null) {
                try {
                    Path directory = Files.createTempDirectory("hotline-test-identity");
                    directory.toFile().deleteOnExit();
                    properties.setProperty(DIRECTORY, directory.toString());
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot create a directory for the test key pair", e);
                }
            }
            return TokenSigner.in(Path.of(properties.getProperty(DIRECTORY)));
        }
    }
}
