package city.hotline.messaging;

import java.sql.PreparedStatement;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.engine.spi.SharedSessionContractImplementor;

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

    /** Writes a transaction's events in one JDBC batch, in the order they were published. */
    void insertAll(SharedSessionContractImplementor session, List<OutboxEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        session.doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO outbox_event (event_id, topic, message_key, type, source, subject, time, data)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (OutboxEvent event : events) {
                    insert.setString(1, event.eventId);
                    insert.setString(2, event.topic);
                    insert.setString(3, event.messageKey);
                    insert.setString(4, event.type);
                    insert.setString(5, event.source);
                    insert.setString(6, event.subject);
                    insert.setObject(7, event.time);
                    insert.setString(8, event.data);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
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
