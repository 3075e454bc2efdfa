package city.hotline.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

import city.hotline.security.Role;
import io.restassured.RestAssured;
import io.restassured.http.Header;

/**
 * One HTTP/1.1 request over a plain socket, for bodies a service may refuse before reading them: it asks for
 * "100 Continue" first, as curl does, and sends the body only if the service wants it. (Rest-assured sends the
 * whole body regardless and may see the connection closed instead of the answer.)
 */
final class RawRequest {

    private static final int TIMEOUT_MILLIS = 60_000;
    private static final int CONTINUE_WAIT_MILLIS = 1_000;

    private RawRequest() {
    }

    static BadInputCorpus.Answer send(String method, String path, String contentType, byte[] body) {
        Header token = TestTokens.as(Role.ADMIN);
        try (Socket socket = new Socket(host(), RestAssured.port)) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: " + host() + "\r\n"
                    + "Content-Type: " + contentType + "\r\nContent-Length: " + body.length + "\r\n"
                    + token.getName() + ": " + token.getValue() + "\r\n"
                    + "Connection: close\r\nExpect: 100-continue\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String head = awaitContinue(socket, in);
            if (head == null || head.startsWith("HTTP/1.1 100")) {
                out.write(body);
                out.flush();
                do {
                    head = readHead(in);
                } while (head.startsWith("HTTP/1.1 100"));
            }
            String rest = new String(readBody(socket, in, header(head, "content-length")), StandardCharsets.UTF_8);
            return new BadInputCorpus.Answer(Integer.parseInt(head.split(" ")[1]), header(head, "content-type"), rest);
        } catch (IOException e) {
            throw new UncheckedIOException("no answer to " + method + " " + path + " with a body of " + body.length
                    + " bytes", e);
        }
    }

    /**
     * The answer to the headers: "100 Continue", a refusal, or null when none comes within a second (an endpoint
     * that reads no body may not ask for it), after which the body is sent anyway, as curl does; a late "100
     * Continue" is then skipped.
     */
    private static String awaitContinue(Socket socket, InputStream in) throws IOException {
        socket.setSoTimeout(CONTINUE_WAIT_MILLIS);
        try {
            return readHead(in);
        } catch (SocketTimeoutException none) {
            return null;
        } finally {
            socket.setSoTimeout(TIMEOUT_MILLIS);
        }
    }

    /**
     * The answer's body: as long as Content-Length says, or what comes until the connection closes or falls
     * silent (a service that answered before reading the body it refused may keep the connection open).
     */
    private static byte[] readBody(Socket socket, InputStream in, String contentLength) throws IOException {
        if (contentLength != null) {
            return in.readNBytes(Integer.parseInt(contentLength));
        }
        socket.setSoTimeout(CONTINUE_WAIT_MILLIS);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                body.write(buffer, 0, read);
            }
        } catch (SocketTimeoutException silent) {
            // What came is the answer.
        }
        return body.toByteArray();
    }

    private static String host() {
        return RestAssured.baseURI.replaceFirst("^https?://", "");
    }

    /** The status line and headers, up to the blank line that ends them. */
    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int next;
        while ((next = in.read()) >= 0) {
            head.append((char) next);
            if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
                break;
            }
        }
        return head.toString();
    }

    private static String header(String head, String name) {
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                return line.substring(colon + 1).trim();
            }
        }
        return null;
    }
}
