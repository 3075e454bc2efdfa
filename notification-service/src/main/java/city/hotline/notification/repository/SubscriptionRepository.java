package city.hotline.notification.repository;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import city.hotline.notification.domain.Subscription;
import city.hotline.notification.domain.SubscriptionStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class SubscriptionRepository implements PanacheRepositoryBase<Subscription, UUID> {

    public List<Subscription> ofCommunity(String communityCode) {
        return list("communityCode", Sort.by("createdAt"), communityCode);
    }

    public List<Subscription> activeOfCommunity(String communityCode) {
        return list("communityCode = ?1 and status = ?2", Sort.by("createdAt"), communityCode,
                SubscriptionStatus.ACTIVE);
    }

    /** The communities with at least one active subscription. */
    public Set<String> communitiesWithActive() {
        return Set.copyOf(getEntityManager().createQuery(
                        "select distinct s.communityCode from Subscription s where s.status = ?1", String.class)
                .setParameter(1, SubscriptionStatus.ACTIVE)
                .getResultList());
    }
}
