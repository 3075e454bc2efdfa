package city.hotline.stack;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;

/** Stands in for a Quarkus service: ready at once on {@code QUARKUS_HTTP_PORT}, logs the settings it was given. */
public final class FakeService {

    private FakeService() {
    }

    public static void main(String[] args) throws IOException {
        System.getenv().forEach((name, value) -> {
            if (name.startsWith("QUARKUS_") || name.startsWith("KAFKA_") || name.startsWith("HOTLINE_")
                    || name.startsWith("MP_JWT_")) {
                System.out.println(name + "=" + value);
            }
        });
        System.out.println("jvm-options=" + ManagementFactory.getRuntimeMXBean().getInputArguments());
        int port = Integer.parseInt(System.getenv("QUARKUS_HTTP_PORT"));
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
        server.createContext("/q/health/ready", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
    }
}
