package city.hotline.web;

import java.io.IOException;

/**
 * A request body sent without Content-Length (in chunks) that grew past {@code quarkus.http.limits.max-body-size}
 * while it was read. An IOException, as the stream that was reading it throws it: Jackson passes those on unwrapped.
 */
public class BodyTooLargeException extends IOException {

    public BodyTooLargeException(long limit) {
        super("the request body is larger than " + limit + " bytes");
    }
}
