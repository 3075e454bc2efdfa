package city.hotline.security;

import java.time.Clock;
import java.time.Duration;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * Puts {@link VerifiedTokens} in front of SmallRye JWT's verification of the bearer token of each request (Quarkus's
 * JWT identity provider calls {@link JWTParser#parse(String)} with the header's token). Every other way of parsing a
 * token goes to SmallRye as it is.
 */
@Decorator
@Priority(10)
public abstract class CachedTokenVerification implements JWTParser {

    private final JWTParser parser;
    private final VerifiedTokens verifiedTokens;

    @Inject
    CachedTokenVerification(@Delegate JWTParser parser,
            @ConfigProperty(name = "hotline.security.verified-tokens.size") long size,
            @ConfigProperty(name = "hotline.security.verified-tokens.lifetime") Duration lifetime) {
        this.parser = parser;
        this.verifiedTokens = new VerifiedTokens(size, lifetime, Clock.systemUTC());
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        return verifiedTokens.verify(token, parser::parse);
    }
}
