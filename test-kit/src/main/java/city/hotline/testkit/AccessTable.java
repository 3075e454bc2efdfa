package city.hotline.testkit;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import city.hotline.security.Grant;
import city.hotline.security.Role;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Which roles may call each endpoint of a service, one row per endpoint, checked against the service itself: every
 * endpoint of its OpenAPI document is called without a token and with a token of every role, and must answer 401,
 * 403, or something else (not a 5xx) as its row says. An endpoint without a row fails the check, so a new endpoint
 * cannot go unprotected unnoticed.
 *
 * <pre>
 * AccessTable.of("110101004001")
 *         .allow("GET /api/tickets/{id}", ADMIN, OPERATOR, SUPERVISOR, WORKER, COMMUNITY_SYSTEM)
 *         .allowEveryRole("GET /api/communities")
 *         .open("GET /open311/v2/services.json")
 *         .check();
 * </pre>
 *
 * Confined callers (supervisor, worker, community system) are confined to the sample community, which also fills
 * every {@code {code}} of a path; other path parameters get a fresh id that names nothing (so most calls end in 404
 * or 400, which is fine: only 401 and 403 say something about access). Bodies are {@code {}}.
 */
public final class AccessTable {

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    private final String community;
    private final Map<String, Set<Role>> rows = new LinkedHashMap<>();
    private final Set<String> open = new TreeSet<>();
    private final Map<String, String> pathValues = new LinkedHashMap<>();

    private AccessTable(String community) {
        this.community = community;
        pathValues.put("code", community);
        pathValues.put("channel", "sms");
    }

    /** A table whose confined callers belong to {@code community}, a community that exists in the service under test. */
    public static AccessTable of(String community) {
        return new AccessTable(community);
    }

    /** A row: the endpoint ({@code "METHOD /path"} as in the OpenAPI document) and the roles that may call it. */
    public AccessTable allow(String endpoint, Role... roles) {
        rows.put(endpoint, roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles));
        return this;
    }

    public AccessTable allowEveryRole(String endpoint) {
        rows.put(endpoint, EnumSet.allOf(Role.class));
        return this;
    }

    /** A row for an endpoint anybody may call, without a token. */
    public AccessTable open(String endpoint) {
        open.add(endpoint);
        return this;
    }

    /** The value a path parameter takes instead of a fresh id. */
    public AccessTable pathValue(String parameter, String value) {
        pathValues.put(parameter, value);
        return this;
    }

    /** Calls every endpoint as every caller; fails listing every endpoint without a row and every wrong answer. */
    public void check() {
        Map<String, String> endpoints = endpoints();
        List<String> failures = new ArrayList<>();
        for (String endpoint : endpoints.keySet()) {
            if (!rows.containsKey(endpoint) && !open.contains(endpoint)) {
                failures.add(endpoint + ": no row in the access table; add one naming the roles that may call it");
            }
        }
        for (String endpoint : union(rows.keySet(), open)) {
            if (!endpoints.containsKey(endpoint)) {
                failures.add(endpoint + ": a row for an endpoint the service does not have");
            }
        }
        for (Map.Entry<String, String> endpoint : endpoints.entrySet()) {
            String name = endpoint.getKey();
            if (open.contains(name)) {
                expectOpen(failures, name, call(name, endpoint.getValue(), TestTokens.NONE));
            } else if (rows.containsKey(name)) {
                expect(failures, name, "no token", call(name, endpoint.getValue(), TestTokens.NONE), false, 401);
                for (Role role : Role.values()) {
                    boolean allowed = rows.get(name).contains(role);
                    Response answer = call(name, endpoint.getValue(), TestTokens.as(grant(role)));
                    expect(failures, name, role.claimValue(), answer, allowed, 403);
                }
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " endpoints answer other than the access table says:\n  "
                    + String.join("\n  ", failures));
        }
    }

    private static void expect(List<String> failures, String endpoint, String caller, Response answer,
            boolean allowed, int refusal) {
        int status = answer.statusCode();
        if (!allowed && status != refusal) {
            failures.add(endpoint + " as " + caller + ": " + status + ", expected " + refusal);
        } else if (allowed && (status == 401 || status == 403 || status >= 500)) {
            failures.add(endpoint + " as " + caller + ": " + status + ", expected an answer other than 401, 403 "
                    + "or 5xx: " + answer.body().asString());
        } else if (status == 401 || status == 403) {
            if (!answer.contentType().startsWith("application/problem+json")) {
                failures.add(endpoint + " as " + caller + ": " + status + " as " + answer.contentType()
                        + ", expected application/problem+json");
            }
        }
    }

    /** An open endpoint may refuse for reasons of its own (Open311's api_key is a 403), never for want of a token. */
    private static void expectOpen(List<String> failures, String endpoint, Response answer) {
        int status = answer.statusCode();
        if (status == 401 || status >= 500) {
            failures.add(endpoint + " without a token: " + status + ", expected it open: " + answer.body().asString());
        }
    }

    private Grant grant(Role role) {
        return switch (role) {
            case WORKER -> new Grant("table-worker", role, community, UUID.randomUUID().toString());
            case SUPERVISOR, COMMUNITY_SYSTEM -> new Grant("table-" + role.claimValue(), role, community, null);
            default -> Grant.of(role);
        };
    }

    private Response call(String endpoint, String consumes, Header authorization) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String path = fill(endpoint.substring(endpoint.indexOf(' ') + 1));
        RequestSpecification request = given().header(authorization).urlEncodingEnabled(true);
        if (consumes != null) {
            request = request.contentType(consumes).body(sampleBody(consumes));
        }
        return request.request(method, path);
    }

    private String fill(String path) {
        Matcher parameter = PATH_PARAMETER.matcher(path);
        StringBuilder filled = new StringBuilder();
        while (parameter.find()) {
            parameter.appendReplacement(filled,
                    Matcher.quoteReplacement(pathValues.getOrDefault(parameter.group(1), UUID.randomUUID().toString())));
        }
        parameter.appendTail(filled);
        return filled.toString();
    }

    private static String sampleBody(String contentType) {
        if (contentType.contains("json")) {
            return "{}";
        }
        if (contentType.contains("form")) {
            return "service_code=none";
        }
        return "nothing,useful\n";
    }

    /** {@code "METHOD /path"} of every operation in the service's OpenAPI document, with the body type it takes. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> endpoints() {
        Map<String, Map<String, Object>> paths = given().header(TestTokens.NONE).queryParam("format", "json")
                .get("/q/openapi").then().statusCode(200).extract().jsonPath().getMap("paths");
        Map<String, String> endpoints = new LinkedHashMap<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (METHODS.contains(method)) {
                Map<String, Object> body = (Map<String, Object>) ((Map<String, Object>) operation).get("requestBody");
                String consumes = body == null ? null
                        : ((Map<String, Object>) body.get("content")).keySet().iterator().next();
                endpoints.put(method.toUpperCase() + " " + path, consumes);
            }
        }));
        return endpoints;
    }

    private static Set<String> union(Set<String> first, Set<String> second) {
        Set<String> union = new TreeSet<>(first);
        union.addAll(second);
        return union;
    }
}
