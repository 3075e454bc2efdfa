package city.hotline.notification.repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import city.hotline.notification.domain.Broadcast;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class BroadcastRepository implements PanacheRepositoryBase<Broadcast, UUID> {

    /** Locks scheduled broadcasts whose time has come; another replica's are skipped, so each fans out once. */
    @SuppressWarnings("unchecked")
    public List<Broadcast> lockDue(OffsetDateTime now, int limit) {
        return getEntityManager().createNativeQuery("""
                        SELECT * FROM broadcast
                        WHERE status = 'SCHEDULED' AND send_at <= ?1
                        ORDER BY send_at
                        LIMIT ?2
                        FOR UPDATE SKIP LOCKED
                        """, Broadcast.class)
                .setParameter(1, now)
                .setParameter(2, limit)
                .getResultList();
    }

    /** A broadcast's deliveries counted by channel and status: rows of channel, status, count. */
    public List<Object[]> deliveryCounts(UUID broadcastId) {
        return getEntityManager().createQuery("""
                        select d.channel, d.status, count(d) from Delivery d, Notification n
                        where d.notificationId = n.id and n.broadcastId = ?1
                        group by d.channel, d.status
                        order by d.channel, d.status
                        """, Object[].class)
                .setParameter(1, broadcastId)
                .getResultList();
    }
}
