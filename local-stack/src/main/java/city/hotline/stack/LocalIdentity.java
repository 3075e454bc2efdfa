package city.hotline.stack;

import city.hotline.infrastructure.TokenSigner;
import city.hotline.security.Grant;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The local stack's identity provider: the key pair the launcher creates at its first start, with which it signs
 * the tokens of {@code ./hotline token} and the services verify them. A city's own identity provider takes its
 * place in production (docs/security.md).
 */
public final class LocalIdentity {

    /** The issuer and audience of local tokens: the defaults every service verifies unless told otherwise. */
    public static final String ISSUER = "https://identity.hotline.local";
    public static final String AUDIENCE = "hotline";
    /** A working day: long enough for an afternoon of curl, short enough that a leaked token soon expires. */
    static final Duration LIFETIME = Duration.ofHours(12);

    private final TokenSigner signer;

    private LocalIdentity(TokenSigner signer) {
        this.signer = signer;
    }

    /** The identity kept under {@code directory}, its key pair created there the first time. */
    public static LocalIdentity in(Path directory) {
        return new LocalIdentity(TokenSigner.in(directory));
    }

    /** Where a persistent stack keeps its key pair: {@code <root>/.hotline/identity}. */
    static Path directoryOf(Path projectRoot) {
        return StackOptions.stateDirectory(projectRoot).resolve("identity");
    }

    /** A signed token for the grant, valid for {@link #LIFETIME}. */
    public String token(Grant grant) {
        return signer.sign(grant.claims(ISSUER, AUDIENCE, Instant.now(), LIFETIME));
    }

    /** The settings that make a service verify this identity's tokens. */
    Map<String, String> serviceEnvironment() {
        return Map.of(
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", "file:" + signer.publicKey().toAbsolutePath(),
                "MP_JWT_VERIFY_ISSUER", ISSUER,
                "MP_JWT_VERIFY_AUDIENCES", AUDIENCE);
    }
}
