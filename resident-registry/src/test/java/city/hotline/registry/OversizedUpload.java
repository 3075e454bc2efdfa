package city.hotline.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A client that announces a body larger than the limit and waits for "100 Continue" before sending it, as
 * curl does: it hears the answer the server gives without the body being sent. (The JDK's HttpClient of
 * Java 17 waits for ever when such an answer has a body.)
 *
 * @param head the status line and headers, as received
 */
record OversizedUpload(int status, String head, String body) {

    static OversizedUpload post(URI uri, long contentLength) throws IOException {
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + "\r\n"
                    + "Content-Type: text/csv; charset=UTF-8\r\nContent-Length: " + contentLength + "\r\n"
                    + "Expect: 100-continue\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int end = response.indexOf("\r\n\r\n");
            String head = end < 0 ? response : response.substring(0, end);
            return new OversizedUpload(Integer.parseInt(head.split(" ")[1]), head,
                    end < 0 ? "" : response.substring(end + 4));
        }
    }
}
