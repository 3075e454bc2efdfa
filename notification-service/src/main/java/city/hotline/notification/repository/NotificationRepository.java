package city.hotline.notification.repository;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import city.hotline.notification.domain.DeliveryStatus;
import city.hotline.notification.domain.Notification;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

    private final RecipientIds recipientIds;

    NotificationRepository(RecipientIds recipientIds) {
        this.recipientIds = recipientIds;
    }

    /** What a delivery round needs of a notification: whom it is for, and whether it may wake them. */
    public record Recipient(UUID notificationId, boolean urgent, String recipientId, String recipientName,
            String communityCode) {
    }

    /**
     * The recipients of some notifications, without their messages: a delivery carries its own wording, and the
     * message, personal data, would be decrypted for nothing.
     */
    public List<Recipient> recipientsOf(Collection<UUID> notificationIds) {
        return getEntityManager().createQuery("""
                        select new city.hotline.notification.repository.NotificationRepository$Recipient(
                            n.id, n.urgent, n.recipientId, n.recipientName, n.communityCode)
                        from Notification n where n.id in :ids""", Recipient.class)
                .setParameter("ids", notificationIds)
                .getResultList();
    }

    /**
     * Notifications newest first, narrowed by whichever of recipient, ticket and delivery status
     * are given; a status matches a notification with at least one delivery in it.
     *
     * @param visibleAt only notifications that may be told by then; null for all
     */
    public Page<Notification> search(String recipientId, String ticketId, DeliveryStatus status,
            OffsetDateTime visibleAt, int page, int size) {
        StringBuilder hql = new StringBuilder("from Notification n where 1 = 1");
        Parameters parameters = new Parameters();
        if (recipientId != null) {
            hql.append(" and n.recipientId in :recipient");
            parameters.and("recipient", recipientIds.lookups(recipientId));
        }
        if (ticketId != null) {
            hql.append(" and n.ticketId = :ticket");
            parameters.and("ticket", ticketId);
        }
        if (status != null) {
            hql.append(" and exists (from Delivery d where d.notificationId = n.id and d.status = :status)");
            parameters.and("status", status);
        }
        if (visibleAt != null) {
            hql.append(" and (n.notBefore is null or n.notBefore <= :visibleAt)");
            parameters.and("visibleAt", visibleAt);
        }
        hql.append(" order by n.createdAt desc, n.id");
        PanacheQuery<Notification> query = find(hql.toString(), parameters)
                .page(page, size);
        return new Page<>(query.list(), page, size, query.count());
    }
}
