package city.hotline.notification;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import city.hotline.events.EventType;
import city.hotline.events.WorkerRegistered;
import city.hotline.notification.repository.WorkerRepository;
import city.hotline.testkit.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Registers workers as the registry would, and waits until the service knows them. */
final class Workers {

    private Workers() {
    }

    static String registered(WorkerRepository workers, String community, String name, String phone,
            List<String> buildings) {
        return registered(workers, community, name, "GRID_WORKER", phone, buildings);
    }

    static String registered(WorkerRepository workers, String community, String name, String role, String phone,
            List<String> buildings) {
        String id = UUID.randomUUID().toString();
        TestEvents.publish(EventType.WORKER_REGISTERED, community, id,
                new WorkerRegistered(id, community, name, role, "网格员", phone, buildings, true));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> workers.findByIdOptional(UUID.fromString(id)).isPresent()));
        return id;
    }
}
