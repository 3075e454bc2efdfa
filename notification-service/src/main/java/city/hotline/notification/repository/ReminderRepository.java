package city.hotline.notification.repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** The reminders made, one per resident, need and occasion. */
@ApplicationScoped
public class ReminderRepository {

    private final EntityManager entityManager;

    ReminderRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Records the reminder of this occasion as made by the broadcast {@code broadcastId}, unless it is
     * made already. A replica making the same reminder at the same moment waits for this transaction
     * and then finds it made.
     *
     * @return whether this call recorded it, so the broadcast is this caller's to send
     */
    public boolean claim(String residentId, String kind, LocalDate occasion, UUID broadcastId, OffsetDateTime now) {
        return entityManager.createNativeQuery("""
                        INSERT INTO reminder (resident_id, kind, occasion, broadcast_id, created_at)
                        VALUES (?1, ?2, ?3, ?4, ?5)
                        ON CONFLICT DO NOTHING""")
                .setParameter(1, residentId).setParameter(2, kind).setParameter(3, occasion)
                .setParameter(4, broadcastId).setParameter(5, now)
                .executeUpdate() == 1;
    }
}
