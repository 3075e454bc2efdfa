package city.hotline.intake.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;

import city.hotline.security.Grant;
import city.hotline.security.Role;
import city.hotline.testkit.HotlineInfrastructure;
import city.hotline.testkit.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** A body sent in chunks, whose size the service learns only as it reads it, is capped like any other. */
@QuarkusTest
@WithTestResource(HotlineInfrastructure.class)
class ChunkedBodyTest {

    /** Quarkus's default, which intake keeps: 10240K. */
    private static final long LIMIT = 10L * 1024 * 1024;

    @TestHTTPResource("/")
    URI root;

    private final String operator = "Bearer " + TestTokens.token(Grant.of(Role.OPERATOR));

    @Test
    void aChunkedBodyOverTheLimitIsRefused413AsProblemJson() throws Exception {
        ChunkedUpload answer = ChunkedUpload.post(root, "/api/calls", operator, LIMIT + 2 * 1024 * 1024,
                "{\"text\": \"楼道灯坏了\"}");

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.head()).containsIgnoringCase("Content-Type: application/problem+json");
        assertThat(answer.body()).contains("\"status\":413").contains("larger than " + LIMIT + " bytes");
    }

    @Test
    void aChunkedBodyWithinTheLimitIsReadWhole() throws Exception {
        ChunkedUpload answer = ChunkedUpload.post(root, "/api/classifications", operator, 200_000,
                "{\"text\": \"我家老人在透析，小区封控出不去，请社区帮忙协调车辆\"}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("\"urgency\"");
    }
}
