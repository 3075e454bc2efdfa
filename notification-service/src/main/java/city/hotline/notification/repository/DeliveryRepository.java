package city.hotline.notification.repository;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import city.hotline.notification.domain.Delivery;
import city.hotline.notification.domain.DeliveryChannel;
import city.hotline.notification.domain.DeliveryStatus;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class DeliveryRepository implements PanacheRepositoryBase<Delivery, UUID> {

    private final RecipientIds recipientIds;

    DeliveryRepository(RecipientIds recipientIds) {
        this.recipientIds = recipientIds;
    }

    /**
     * Locks up to {@code limit} deliveries due by {@code now}, oldest first. Rows another replica has
     * locked are skipped rather than waited for, so replicas share the work without sending one
     * delivery twice at once.
     */
    @SuppressWarnings("unchecked")
    public List<Delivery> lockDue(OffsetDateTime now, int limit) {
        return getEntityManager().createNativeQuery("""
                        SELECT * FROM delivery
                        WHERE status IN ('PENDING', 'HELD') AND next_attempt_at <= ?1
                        ORDER BY next_attempt_at
                        LIMIT ?2
                        FOR UPDATE SKIP LOCKED
                        """, Delivery.class)
                .setParameter(1, now)
                .setParameter(2, limit)
                .getResultList();
    }

    /** The fallback standing behind a delivery, if any. */
    public Optional<Delivery> standingBehind(UUID deliveryId) {
        return find("fallbackFor = ?1 and status = ?2", deliveryId, DeliveryStatus.STANDBY).firstResultOptional();
    }

    /**
     * Records deliveries as sent, each at its own time, in one statement and without loading them (their address and
     * body would be decrypted for nothing).
     *
     * @return the channel of each delivery recorded; one that does not exist is missing from it
     */
    @SuppressWarnings("unchecked")
    public Map<UUID, DeliveryChannel> markSent(Map<UUID, OffsetDateTime> sentAt) {
        if (sentAt.isEmpty()) {
            return Map.of();
        }
        List<Map.Entry<UUID, OffsetDateTime>> sent = List.copyOf(sentAt.entrySet());
        List<Object[]> marked = getEntityManager().createNativeQuery("""
                        UPDATE delivery d SET status = 'SENT', attempts = d.attempts + 1, sent_at = s.at, last_error = NULL
                        FROM unnest(CAST(?1 AS UUID[]), CAST(?2 AS TIMESTAMPTZ[])) AS s (id, at)
                        WHERE d.id = s.id
                        RETURNING d.id, d.channel""")
                .setParameter(1, sent.stream().map(entry -> entry.getKey().toString()).toArray(String[]::new))
                .setParameter(2, sent.stream().map(entry -> entry.getValue().toString()).toArray(String[]::new))
                .getResultList();
        Map<UUID, DeliveryChannel> channels = new HashMap<>(marked.size());
        for (Object[] row : marked) {
            channels.put(UUID.fromString(row[0].toString()), DeliveryChannel.valueOf(row[1].toString()));
        }
        return channels;
    }

    /** Skips the fallbacks standing behind any of some deliveries, and those standing behind them. */
    public void skipStandingBehind(Collection<UUID> deliveryIds) {
        if (deliveryIds.isEmpty()) {
            return;
        }
        getEntityManager().createNativeQuery("""
                        WITH RECURSIVE behind (id) AS (
                            SELECT id FROM delivery WHERE fallback_for = ANY (CAST(?1 AS UUID[])) AND status = 'STANDBY'
                            UNION
                            SELECT d.id FROM delivery d JOIN behind b ON d.fallback_for = b.id WHERE d.status = 'STANDBY')
                        UPDATE delivery SET status = 'SKIPPED' WHERE id IN (SELECT id FROM behind)""")
                .setParameter(1, deliveryIds.stream().map(UUID::toString).toArray(String[]::new))
                .executeUpdate();
    }

    public List<Delivery> ofNotifications(Collection<UUID> notificationIds) {
        return notificationIds.isEmpty() ? List.of()
                : list("notificationId in ?1", Sort.by("createdAt").and("channel"), notificationIds);
    }

    /** Deliveries newest first, narrowed by whichever filters are given. */
    public Page<Delivery> search(UUID notificationId, String recipientId, DeliveryChannel channel,
            DeliveryStatus status, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (notificationId != null) {
            where.append(" and notificationId = :notification");
            parameters.and("notification", notificationId);
        }
        if (recipientId != null) {
            where.append(" and notificationId in (select n.id from Notification n where n.recipientId in :recipient)");
            parameters.and("recipient", recipientIds.lookups(recipientId));
        }
        if (channel != null) {
            where.append(" and channel = :channel");
            parameters.and("channel", channel);
        }
        if (status != null) {
            where.append(" and status = :status");
            parameters.and("status", status);
        }
        PanacheQuery<Delivery> query = find(where.toString(), Sort.descending("createdAt").and("id"), parameters)
                .page(page, size);
        return new Page<>(query.list(), page, size, query.count());
    }
}
