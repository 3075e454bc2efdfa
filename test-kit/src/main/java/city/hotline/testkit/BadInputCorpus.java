package city.hotline.testkit;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;

/**
 * Sends every POST, PUT and PATCH endpoint of a service the bad-input corpus ({@link BadInputs}) made from a valid
 * example body of that endpoint, and checks what a client and the database see: every answer is a 4xx in
 * problem+json, or a 2xx where the input was in fact valid (and then a string the answer shows is the string
 * sent); never a 5xx; and a refused request adds no row to any table.
 *
 * <pre>
 * BadInputCorpus.of("hotline-intake", dataSource)
 *         .example("POST /api/calls", "{\"text\": \"电梯坏了\", \"communityCode\": \"110101004001\"}")
 *         .pathValue("id", () -> existingCallId())
 *         .run();
 * </pre>
 *
 * The endpoints come from the service's OpenAPI document, so a new one is covered as soon as it exists: one
 * without an example body fails the run. An endpoint that takes no body is sent the JSON corpus of {@code {}}
 * (it must ignore it). Path parameters are filled from {@link #pathValue}, asked again for every request, so a
 * supplier may hand out a fresh id for endpoints that change what they name.
 */
public final class BadInputCorpus {

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final Set<String> METHODS = Set.of("post", "put", "patch");
    /** Bodies above this go through {@link RawRequest}, which can hear a refusal sent before the body is read. */
    private static final int LARGE = 1024 * 1024;
    private static final int MAX_REPORTED = 60;
    private static final String PROBLEM = "application/problem+json";

    private final String service;
    private final RowCounts rows;
    /** The counts after the last refusal, which the next request starts from; null after an accepted one. */
    private Map<String, Long> counted;
    private final Map<String, String> examples = new TreeMap<>();
    private final Map<String, Supplier<String>> pathValues = new LinkedHashMap<>();
    private final Map<String, String> errorTypes = new LinkedHashMap<>();
    private final ObjectMapper json = new ObjectMapper();

    private BadInputCorpus(String service, DataSource database) {
        this.service = service;
        this.rows = new RowCounts(database);
    }

    /** A run against {@code service} (the name it is reported under), whose tables are in {@code database}. */
    public static BadInputCorpus of(String service, DataSource database) {
        return new BadInputCorpus(service, database);
    }

    /** A valid body of an endpoint ({@code "METHOD /path"} as in the OpenAPI document), the corpus's seed. */
    public BadInputCorpus example(String endpoint, String body) {
        examples.put(endpoint, body);
        return this;
    }

    public BadInputCorpus pathValue(String parameter, Supplier<String> value) {
        pathValues.put(parameter, value);
        return this;
    }

    public BadInputCorpus pathValue(String parameter, String value) {
        return pathValue(parameter, () -> value);
    }

    /** The value of a path parameter in one endpoint only, where the same name means another thing. */
    public BadInputCorpus pathValue(String endpoint, String parameter, Supplier<String> value) {
        pathValues.put(endpoint + " " + parameter, value);
        return this;
    }

    /**
     * The media type of an endpoint's own refusals when a standard it follows says other than problem+json, as
     * Open311 GeoReport v2 does for its error array. What is refused before the endpoint is reached (a body too
     * large, of another type) stays problem+json.
     */
    public BadInputCorpus errorsAs(String endpoint, String mediaType) {
        errorTypes.put(endpoint, mediaType);
        return this;
    }

    /** Sends the corpus, prints the counts, and fails naming every wrong answer and every partial write. */
    public Tally run() {
        Map<String, String> endpoints = endpoints();
        List<String> failures = new ArrayList<>();
        endpoints.forEach((endpoint, consumes) -> {
            if (consumes != null && !examples.containsKey(endpoint)) {
                failures.add(endpoint + ": no example body; register one with example(\"" + endpoint + "\", ...)");
            }
        });
        examples.keySet().stream().filter(endpoint -> !endpoints.containsKey(endpoint))
                .forEach(endpoint -> failures.add(endpoint + ": an example for an endpoint the service does not have"));
        if (!failures.isEmpty()) {
            throw new AssertionError(String.join("\n  ", failures));
        }
        Tally total = new Tally(0, 0, 0, 0, 0);
        for (Map.Entry<String, String> endpoint : endpoints.entrySet()) {
            long start = System.nanoTime();
            Tally tally = run(endpoint.getKey(), endpoint.getValue(), failures);
            System.out.printf("[bad-input corpus] %s %s: %s in %d ms%n", service, endpoint.getKey(), tally,
                    (System.nanoTime() - start) / 1_000_000);
            total = total.plus(tally);
        }
        System.out.printf("[bad-input corpus] %s, %d endpoints: %s%n", service, endpoints.size(), total);
        if (!failures.isEmpty()) {
            List<String> shown = failures.subList(0, Math.min(MAX_REPORTED, failures.size()));
            throw new AssertionError(failures.size() + " bad inputs were not refused cleanly (" + total + "):\n  "
                    + String.join("\n  ", shown) + (failures.size() > shown.size() ? "\n  ..." : ""));
        }
        return total;
    }

    private Tally run(String endpoint, String consumes, List<String> failures) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String type = consumes == null ? "application/json" : consumes;
        String example = examples.getOrDefault(endpoint, "{}");

        counted = null;
        Answer valid = send(method, fill(endpoint), type, example.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (consumes != null && (valid.status() < 200 || valid.status() >= 300)) {
            failures.add(endpoint + ": the example body itself is refused, " + valid);
        }
        Map<String, String> echoed = echoedFields(valid, example);
        String errorType = errorTypes.getOrDefault(endpoint, PROBLEM);

        Tally tally = new Tally(0, 0, 0, 0, 0);
        for (BadInput input : BadInputs.of(type, example)) {
            Answer answer = sendCounting(method, input, endpoint, failures);
            tally = tally.count(answer.status());
            String what = endpoint + " with " + input.name() + ": ";
            if (answer.status() >= 500 || answer.status() < 200) {
                failures.add(what + answer);
            } else if (answer.status() >= 400 && !answer.hasType(errorType) && !answer.hasType(PROBLEM)) {
                failures.add(what + answer.status() + " as " + answer.contentType() + ", expected " + errorType);
            } else if (answer.status() < 300 && input.value() != null && echoed.containsKey(input.field())) {
                String shown = answer.field(json, echoed.get(input.field()));
                if (shown != null && !shown.equals(input.value())) {
                    failures.add(what + "accepted, but " + echoed.get(input.field()) + " is shown as "
                            + abbreviate(shown) + ", not as sent");
                }
            }
        }
        return tally;
    }

    /**
     * Sends one bad input; a refusal that added rows is sent once more when the service's consumers are done with
     * the events earlier requests caused (they write too), and reported if it adds rows again.
     */
    private Answer sendCounting(String method, BadInput input, String endpoint, List<String> failures) {
        Answer answer = null;
        Map<String, Long> grown = Map.of();
        for (int attempt = 0; attempt < 2; attempt++) {
            Map<String, Long> before = attempt == 0 && counted != null ? counted : rows.count();
            answer = send(method, fill(endpoint), input.contentType(), input.body());
            if (answer.status() < 400) {
                counted = null;
                return answer;
            }
            counted = rows.count();
            grown = RowCounts.grown(before, counted);
            if (grown.isEmpty()) {
                return answer;
            }
            counted = rows.awaitQuiet();
        }
        failures.add(endpoint + " with " + input.name() + ": refused with " + answer.status()
                + ", yet rows were added to " + grown);
        return answer;
    }

    private Answer send(String method, String path, String contentType, byte[] body) {
        if (body.length > LARGE) {
            return RawRequest.send(method, path, contentType, body);
        }
        // The bytes go as they are, whatever the type says: rest-assured would encode forms and add a charset.
        Response response = given()
                .config(RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)
                        .encodeContentTypeAs(contentType.split(";")[0], ContentType.BINARY)))
                .contentType(contentType).body(body).urlEncodingEnabled(false)
                .request(method, path);
        return new Answer(response.statusCode(), response.contentType(), response.body().asString());
    }

    /** Fields of the example whose value the answer to it shows unchanged: the answer must show theirs as sent. */
    private Map<String, String> echoedFields(Answer valid, String example) {
        Map<String, String> echoed = new LinkedHashMap<>();
        if (valid.status() >= 300 || !example.startsWith("{")) {
            return echoed;
        }
        try {
            json.readTree(example).fields().forEachRemaining(field -> {
                if (field.getValue().isTextual()
                        && field.getValue().asText().equals(valid.field(json, field.getKey()))) {
                    echoed.put(field.getKey(), field.getKey());
                }
            });
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("the example body of is not JSON: " + example, e);
        }
        return echoed;
    }

    /** The path of {@code endpoint} with its parameters filled. */
    private String fill(String endpoint) {
        String path = endpoint.substring(endpoint.indexOf(' ') + 1);
        Matcher parameter = PATH_PARAMETER.matcher(path);
        StringBuilder filled = new StringBuilder();
        while (parameter.find()) {
            Supplier<String> value = pathValues.getOrDefault(endpoint + " " + parameter.group(1),
                    pathValues.get(parameter.group(1)));
            if (value == null) {
                throw new AssertionError(path + ": no value for {" + parameter.group(1) + "}; give one with pathValue");
            }
            parameter.appendReplacement(filled, Matcher.quoteReplacement(value.get()));
        }
        parameter.appendTail(filled);
        return filled.toString();
    }

    /** {@code "METHOD /path"} of every POST, PUT and PATCH in the OpenAPI document, with the body type it takes. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> endpoints() {
        Map<String, Map<String, Object>> paths = given().header(TestTokens.NONE).queryParam("format", "json")
                .get("/q/openapi").then().statusCode(200).extract().jsonPath().getMap("paths");
        Map<String, String> endpoints = new TreeMap<>();
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

    static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }

    /** An answer as the client saw it. */
    record Answer(int status, String contentType, String body) {

        boolean hasType(String mediaType) {
            return contentType != null && contentType.startsWith(mediaType);
        }

        /** The first string value named {@code name} anywhere in a JSON answer, or null. */
        String field(ObjectMapper json, String name) {
            try {
                JsonNode found = json.readTree(body).findValue(name);
                return found != null && found.isTextual() ? found.asText() : null;
            } catch (java.io.IOException | RuntimeException notJson) {
                return null;
            }
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + abbreviate(body);
        }
    }

    /** How a service answered the corpus. */
    public record Tally(int requests, int clientErrors, int successes, int serverErrors, int other) {

        Tally count(int status) {
            return new Tally(requests + 1, clientErrors + (status >= 400 && status < 500 ? 1 : 0),
                    successes + (status >= 200 && status < 300 ? 1 : 0), serverErrors + (status >= 500 ? 1 : 0),
                    other + (status < 200 || (status >= 300 && status < 400) ? 1 : 0));
        }

        Tally plus(Tally other) {
            return new Tally(requests + other.requests, clientErrors + other.clientErrors,
                    successes + other.successes, serverErrors + other.serverErrors, this.other + other.other);
        }

        @Override
        public String toString() {
            return requests + " requests, " + clientErrors + " 4xx, " + successes + " 2xx, " + serverErrors + " 5xx"
                    + (other > 0 ? ", " + other + " other" : "");
        }
    }
}
