package city.hotline.testkit;

import java.util.ArrayList;
import java.util.List;

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
        // Matched by name: when Quarkus restarts the service for other test resources, this class is loaded anew,
        // and a copy left from the previous class loader would add the token the request said it goes without.
        List<Filter> filters = new ArrayList<>(RestAssured.filters());
        filters.removeIf(filter -> filter.getClass().getName().equals(AdminUnlessStated.class.getName()));
        filters.add(new AdminUnlessStated());
        RestAssured.replaceFiltersWith(filters);
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
