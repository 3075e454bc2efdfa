package city.hotline.web;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.runtime.configuration.MemorySize;

/**
 * Counts the bytes of a body sent without Content-Length as an endpoint reads it, and stops at
 * {@code quarkus.http.limits.max-body-size} with a {@link BodyTooLargeException}, answered 413 as problem+json.
 * Quarkus's own count of such a body, which answers 413 with no body at all, is moved out of its way by
 * {@link BodySizeLimit}. A body announcing its length is refused before it is read, by {@link BodySizeLimit}.
 */
@Provider
public class ChunkedBodyLimit implements ReaderInterceptor {

    /** Read on first use: providers are made before the runtime configuration is known. */
    private volatile Optional<MemorySize> limit;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Optional<MemorySize> max = limit();
        if (max.isPresent() && context.getHeaders().getFirst(HttpHeaders.CONTENT_LENGTH) == null) {
            context.setInputStream(new Limited(context.getInputStream(), max.get().asLongValue()));
        }
        return context.proceed();
    }

    private Optional<MemorySize> limit() {
        if (limit == null) {
            limit = ConfigProvider.getConfig().getOptionalValue("quarkus.http.limits.max-body-size", MemorySize.class);
        }
        return limit;
    }

    /** The body as read, failing once more than the limit has been read. */
    private static final class Limited extends FilterInputStream {

        private final long limit;
        private long read;

        Limited(InputStream body, long limit) {
            super(body);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int next = super.read();
            if (next >= 0) {
                count(1);
            }
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long bytes) throws BodyTooLargeException {
            read += bytes;
            if (read > limit) {
                throw new BodyTooLargeException(limit);
            }
        }
    }
}
