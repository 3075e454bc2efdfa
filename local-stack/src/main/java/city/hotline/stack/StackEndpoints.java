package city.hotline.stack;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;

/** Where each part of a running stack can be reached, as shown to its user and recorded for later commands. */
public record StackEndpoints(Map<Service, String> serviceUrls, String kafkaBootstrapServers, String jdbcUrl,
                             String databaseUsername, String databasePassword, Path logDirectory) {

    public StackEndpoints {
        serviceUrls = Map.copyOf(serviceUrls);
    }

    public String url(Service service) {
        return serviceUrls.get(service);
    }

    public Path logFile(Service service) {
        return logDirectory.resolve(service.moduleDirectory() + ".log");
    }

    /** A table of everything a user may want to open, with each service's readiness. */
    public String table(Predicate<Service> ready) {
        StringBuilder table = new StringBuilder();
        for (Service service : Service.values()) {
            String url = url(service);
            row(table, service.moduleDirectory(), url + "   " + (ready.test(service) ? "UP" : "NOT READY"));
            row(table, "  Swagger UI", url + "/q/swagger-ui");
            row(table, "  OpenAPI", url + "/q/openapi");
            row(table, "  Health", url + "/q/health");
            row(table, "  Log", logFile(service).toString());
        }
        row(table, "Kafka bootstrap", kafkaBootstrapServers);
        row(table, "PostgreSQL", jdbcUrl + "   user " + databaseUsername + ", password " + databasePassword);
        row(table, "Logs", logDirectory.toString());
        return table.toString();
    }

    private static void row(StringBuilder table, String name, String value) {
        table.append(String.format("  %-22s %s%n", name, value));
    }

    Properties toProperties() {
        Properties properties = new Properties();
        serviceUrls.forEach((service, url) -> properties.setProperty("url." + service.name(), url));
        properties.setProperty("kafka.bootstrap.servers", kafkaBootstrapServers);
        properties.setProperty("jdbc.url", jdbcUrl);
        properties.setProperty("jdbc.username", databaseUsername);
        properties.setProperty("jdbc.password", databasePassword);
        properties.setProperty("log.directory", logDirectory.toString());
        return properties;
    }

    static StackEndpoints fromProperties(Properties properties) {
        Map<Service, String> urls = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            urls.put(service, properties.getProperty("url." + service.name()));
        }
        return new StackEndpoints(urls,
                properties.getProperty("kafka.bootstrap.servers"),
                properties.getProperty("jdbc.url"),
                properties.getProperty("jdbc.username"),
                properties.getProperty("jdbc.password"),
                Path.of(properties.getProperty("log.directory")));
    }
}
