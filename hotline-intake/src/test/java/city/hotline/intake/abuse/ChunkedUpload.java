package city.hotline.intake.abuse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A client that sends a JSON body in chunks, with no Content-Length, so that the server learns its size only as it
 * reads it. The JSON comes after the given number of spaces (JSON allows them). Sending stops when the server has
 * answered and closed the connection; what it answered is returned.
 *
 * @param head the status line and headers, as received
 */
record ChunkedUpload(int status, String head, String body) {

    private static final int CHUNK = 64 * 1024;

    static ChunkedUpload post(URI root, String path, String authorization, long spaces, String json)
            throws IOException {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: " + root.getHost() + "\r\n"
                    + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n"
                    + "Authorization: " + authorization + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            try {
                byte[] blank = new byte[CHUNK];
                Arrays.fill(blank, (byte) ' ');
                for (long left = spaces; left > 0; left -= CHUNK) {
                    chunk(out, Arrays.copyOf(blank, (int) Math.min(CHUNK, left)));
                }
                chunk(out, json.getBytes(StandardCharsets.UTF_8));
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (SocketException answeredAndClosed) {
                // The server answered before the body ended and closed the connection: read what it said.
            }
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int end = response.indexOf("\r\n\r\n");
            String head = end < 0 ? response : response.substring(0, end);
            return new ChunkedUpload(Integer.parseInt(head.split(" ")[1]), head,
                    end < 0 ? "" : response.substring(end + 4));
        }
    }

    private static void chunk(OutputStream out, byte[] data) throws IOException {
        out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(data);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
}
