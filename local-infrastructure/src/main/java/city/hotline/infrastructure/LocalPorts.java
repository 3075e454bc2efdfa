package city.hotline.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/** TCP ports on this machine. */
public final class LocalPorts {

    private LocalPorts() {
    }

    /**
     * A port nobody listens on right now. Another process may take it before the caller binds it; callers that start
     * a server on it right away make that unlikely enough for tests and a local stack.
     */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free TCP port on this machine", e);
        }
    }

    /** {@code count} different free ports: held open together while chosen, so the system cannot hand one out twice. */
    public static List<Integer> free(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0));
            }
            return sockets.stream().map(ServerSocket::getLocalPort).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Not " + count + " free TCP ports on this machine", e);
        } finally {
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException e) {
                    // Closing a socket that never accepted anything does not fail in a way worth reporting.
                }
            }
        }
    }

    /** Whether a server could listen on {@code port} on every interface, i.e. nothing holds it. */
    public static boolean isFree(int port) {
        try (ServerSocket ignored = new ServerSocket(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
