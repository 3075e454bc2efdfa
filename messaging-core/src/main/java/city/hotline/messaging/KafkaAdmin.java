package city.hotline.messaging;

import java.util.HashMap;
import java.util.Map;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

import io.smallrye.common.annotation.Identifier;

/**
 * The service's one Kafka admin client, made on first use with the connection settings of its
 * channels (bootstrap servers, TLS, SASL), so it reaches the broker the way they do.
 */
@ApplicationScoped
public class KafkaAdmin {

    private final Map<String, Object> kafka;
    private volatile Admin admin;

    KafkaAdmin(@Identifier("default-kafka-broker") Map<String, Object> kafka) {
        this.kafka = kafka;
    }

    Admin get() {
        if (admin == null) {
            synchronized (this) {
                if (admin == null) {
                    Map<String, Object> config = new HashMap<>();
                    kafka.forEach((key, value) -> {
                        if (AdminClientConfig.configNames().contains(key)) {
                            config.put(key, value);
                        }
                    });
                    admin = Admin.create(config);
                }
            }
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close();
        }
    }
}
