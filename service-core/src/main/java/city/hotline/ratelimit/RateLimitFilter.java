package city.hotline.ratelimit;

import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/**
 * Answers 429 to a client over its limit before the endpoint runs. The client is known by its verified token, so
 * that nobody can spend another's limit by sending a token made up in their name; a request without a valid token
 * is counted by its remote address (and then refused 401 by the endpoint's security check).
 */
public class RateLimitFilter {

    private final RateLimits limits;
    private final CurrentIdentityAssociation identities;

    RateLimitFilter(RateLimits limits, CurrentIdentityAssociation identities) {
        this.limits = limits;
        this.identities = identities;
    }

    @ServerRequestFilter
    public Uni<Response> limit(HttpServerRequest request, ResourceInfo resource, UriInfo uri) {
        if (!limits.enabled() || resource.getResourceMethod() != null
                && resource.getResourceMethod().isAnnotationPresent(RateLimitedByEndpoint.class)) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity()
                // A bad token: counted by address here, refused by the security check after.
                .onFailure().recoverWithItem((SecurityIdentity) null)
                .map(identity -> limits.tryAcquire(limits.clientOf(identity, request))
                        .map(refusal -> refusal.toResponse(uri.getPath()))
                        .orElse(null));
    }
}
