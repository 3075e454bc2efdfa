package city.hotline.messaging;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class OutboxRepository implements PanacheRepository<OutboxEvent> {

    /**
     * Takes this service's relay lock for the current transaction. Only one relay of a service's
     * replicas publishes at a time, which keeps each key's events in order.
     */
    boolean tryLockForRelay() {
        return (Boolean) getEntityManager()
                .createNativeQuery("SELECT pg_try_advisory_xact_lock(hashtext(current_schema() || '.outbox_event'))")
                .getSingleResult();
    }

    List<OutboxEvent> oldest(int limit) {
        return findAll(Sort.ascending("id")).page(0, limit).list();
    }

    void deleteAll(List<OutboxEvent> published) {
        delete("id in ?1", published.stream().map(row -> row.id).toList());
    }

    /** How many events wait to be published, and how long the oldest of them has waited. */
    Backlog backlog() {
        Object[] row = (Object[]) getEntityManager().createNativeQuery("""
                        SELECT count(*), COALESCE(EXTRACT(EPOCH FROM clock_timestamp() - min("time")), 0)
                        FROM outbox_event""")
                .getSingleResult();
        return new Backlog(((Number) row[0]).longValue(), ((Number) row[1]).doubleValue());
    }

    /** @param oldestAgeSeconds 0 when the outbox is empty */
    record Backlog(long events, double oldestAgeSeconds) {
    }
}
