package city.hotline.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import io.smallrye.jwt.auth.principal.ParseException;

/**
 * The bearer tokens verified lately, so that a client sending the same token with every request (an operator's desk,
 * a gateway) has its RS256 signature checked once rather than per request: the check was the largest single cost of
 * a call taken by the intake.
 *
 * <p>Only a token that passed the whole verification is kept (a refusal is never remembered, so a token refused once
 * is verified again, and refused again, every time it is sent), keyed by the token's exact text: a token altered in
 * any character is another key and is verified on its own. An entry is given back only before the token's
 * {@code exp} and within {@code lifetime} of its verification, whichever is earlier; after that the token is
 * verified again, as a new one would be (and refused if it has expired). The lifetime also bounds how long a token
 * signed with a key the service no longer trusts is still taken after the key is replaced.
 */
public final class VerifiedTokens {

    /** The full verification of a token: the signature, issuer, audience and times. */
    @FunctionalInterface
    public interface Verification {
        JsonWebToken verify(String token) throws ParseException;
    }

    private final Cache<String, Verified> verified;
    private final boolean remembering;
    private final Clock clock;
    private final Duration lifetime;

    /** A token that passed verification, and until when it is taken without another. */
    private record Verified(JsonWebToken jwt, Instant trustedUntil) {
    }

    /**
     * @param size     the most tokens kept (the least used go first); 0 verifies every request
     * @param lifetime how long a verification is trusted at most, however far the token's {@code exp}
     */
    public VerifiedTokens(long size, Duration lifetime, Clock clock) {
        this.clock = clock;
        this.lifetime = lifetime;
        // The cache's size bound is kept by eviction after the fact; a size of 0 must not keep a token even briefly.
        this.remembering = size > 0;
        // Entries leave the cache when they are no longer trusted, so that it holds no expired token.
        this.verified = Caffeine.newBuilder().maximumSize(size).expireAfter(Expiry.writing(
                (String token, Verified entry) -> Duration.between(clock.instant(), entry.trustedUntil()))).build();
    }

    /** The token as verified earlier and still trusted, or as {@code verification} finds it now. */
    public JsonWebToken verify(String token, Verification verification) throws ParseException {
        Verified known = verified.getIfPresent(token);
        // Checked on the wall clock here, as exp is: the cache measures its entries' time on the monotonic clock.
        if (known != null && known.trustedUntil().isAfter(clock.instant())) {
            return known.jwt();
        }
        JsonWebToken fresh = verification.verify(token);
        Instant now = clock.instant();
        Instant expiry = Instant.ofEpochSecond(fresh.getExpirationTime());
        Instant trustedUntil = expiry.isBefore(now.plus(lifetime)) ? expiry : now.plus(lifetime);
        if (remembering && trustedUntil.isAfter(now)) {
            verified.put(token, new Verified(fresh, trustedUntil));
        }
        return fresh;
    }
}
