package city.hotline.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;

import city.hotline.infrastructure.TokenSigner;

/** The verified-token cache against SmallRye JWT's own verification, with tokens signed as an identity provider would. */
class VerifiedTokensTest {

    private static final String ISSUER = "https://identity.hotline.test";
    private static final String AUDIENCE = "hotline";

    @TempDir
    static Path keys;
    private static TokenSigner signer;
    private static DefaultJWTParser smallRye;

    private final AtomicInteger verifications = new AtomicInteger();
    private final VerifiedTokens.Verification counted = token -> {
        verifications.incrementAndGet();
        return smallRye.parse(token);
    };
    private Instant now = Instant.now();
    private final Clock clock = new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    };
    private final VerifiedTokens tokens = new VerifiedTokens(100, Duration.ofMinutes(5), clock);

    @BeforeAll
    static void identityProvider() {
        signer = TokenSigner.in(keys);
        JWTAuthContextInfo context = new JWTAuthContextInfo("file:" + signer.publicKey().toAbsolutePath(), ISSUER);
        context.setExpectedAudience(java.util.Set.of(AUDIENCE));
        smallRye = new DefaultJWTParser(context);
    }

    @Test
    void aTokenSentAgainIsNotVerifiedAgain() throws ParseException {
        String token = operatorToken(Instant.now(), Duration.ofHours(1));

        JsonWebToken first = tokens.verify(token, counted);
        JsonWebToken second = tokens.verify(token, counted);

        assertThat(second.getSubject()).isEqualTo("operator");
        assertThat(second.getGroups()).containsExactly("operator");
        assertThat(second).isSameAs(first);
        assertThat(verifications).hasValue(1);
    }

    @Test
    void aTokenWithAlteredClaimsOrSignatureIsRefusedEvenOnceTheGenuineOneIsKnown() throws ParseException {
        // The other token is issued a second before the genuine one, from the same reading of the clock: a second
        // reading, a second later on a slow machine, would give it the genuine one's claims and signature.
        Instant issuedAt = Instant.now();
        String genuine = operatorToken(issuedAt, Duration.ofHours(1));
        tokens.verify(genuine, counted);
        String[] parts = genuine.split("\\.");
        String adminClaims = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                        .replace("\"operator\"", "\"admin\"").getBytes(StandardCharsets.UTF_8));
        String escalated = parts[0] + "." + adminClaims + "." + parts[2];
        String otherSignature = parts[0] + "." + parts[1] + "."
                + operatorToken(issuedAt.minusSeconds(1), Duration.ofHours(1)).split("\\.")[2];

        for (int attempt = 0; attempt < 2; attempt++) {
            assertThatThrownBy(() -> tokens.verify(escalated, counted)).isInstanceOf(ParseException.class);
            assertThatThrownBy(() -> tokens.verify(otherSignature, counted)).isInstanceOf(ParseException.class);
        }
        // A refusal is never remembered: each attempt was verified in full.
        assertThat(verifications).hasValue(1 + 4);
    }

    @Test
    void anExpiredTokenIsRefusedEveryTime() {
        // Past SmallRye's default clock skew of a minute.
        String expired = operatorToken(Instant.now().minus(Duration.ofHours(2)), Duration.ofHours(1));

        assertThatThrownBy(() -> tokens.verify(expired, counted)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> tokens.verify(expired, counted)).isInstanceOf(ParseException.class);
        assertThat(verifications).hasValue(2);
    }

    @Test
    void aKnownTokenIsVerifiedAgainOnceItsExpHasPassed() throws ParseException {
        String token = operatorToken(Instant.now(), Duration.ofMinutes(2));
        tokens.verify(token, counted);

        now = now.plus(Duration.ofMinutes(2)).plusSeconds(1);
        VerifiedTokens.Verification refusingAsExpired = expired -> {
            verifications.incrementAndGet();
            throw new ParseException("expired");
        };

        assertThatThrownBy(() -> tokens.verify(token, refusingAsExpired)).isInstanceOf(ParseException.class);
        assertThat(verifications).hasValue(2);
    }

    @Test
    void aKnownTokenIsVerifiedAgainAfterTheLifetimeHoweverFarItsExp() throws ParseException {
        String token = operatorToken(Instant.now(), Duration.ofHours(12));
        tokens.verify(token, counted);
        now = now.plus(Duration.ofMinutes(4));
        tokens.verify(token, counted);
        assertThat(verifications).hasValue(1);

        now = now.plus(Duration.ofMinutes(1));
        tokens.verify(token, counted);
        assertThat(verifications).hasValue(2);
    }

    @Test
    void withNoRoomEveryRequestIsVerified() throws ParseException {
        VerifiedTokens none = new VerifiedTokens(0, Duration.ofMinutes(5), clock);
        String token = operatorToken(Instant.now(), Duration.ofHours(1));

        none.verify(token, counted);
        none.verify(token, counted);

        assertThat(verifications).hasValue(2);
    }

    private static String operatorToken(Instant issuedAt, Duration lifetime) {
        Map<String, Object> claims = Grant.of(Role.OPERATOR).claims(ISSUER, AUDIENCE, issuedAt, lifetime);
        return signer.sign(claims);
    }
}
