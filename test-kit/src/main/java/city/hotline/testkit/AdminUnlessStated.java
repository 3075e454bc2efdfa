package city.hotline.testkit;

import city.hotline.security.Role;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Makes a request that carries no token of its own go as an administrator, so that tests about what a service
 * does need not be about who may ask; tests about roles send their own tokens, or {@link TestTokens#NONE}.
 * Installed before each {@code @QuarkusTest} method (registered as a service in {@code META-INF/services}).
 */
public final class AdminUnlessStated implements Filter, QuarkusTestBeforeEachCallback {

    private static final String AUTHORIZATION = "Authorization";

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (RestAssured.filters().stream().noneMatch(AdminUnlessStated.class::isInstance)) {
            RestAssured.filters(new AdminUnlessStated());
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
            FilterContext context) {
        if (request.getHeaders().hasHeaderWithName(TestTokens.NONE.getName())) {
            request.removeHeader(TestTokens.NONE.getName());
        } else if (!request.getHeaders().hasHeaderWithName(AUTHORIZATION)) {
            request.header(TestTokens.as(Role.ADMIN));
        }
        return context.next(request, response);
    }
}
