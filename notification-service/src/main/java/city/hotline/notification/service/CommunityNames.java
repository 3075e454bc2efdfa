package city.hotline.notification.service;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;

import city.hotline.database.RarelyChanged;
import city.hotline.notification.config.NotificationConfig;
import city.hotline.notification.domain.Community;
import city.hotline.notification.repository.CommunityRepository;

/**
 * The names communities sign their notices with, read for every caller's notice: this replica keeps a copy of all of
 * them ({@link RarelyChanged}) instead of a query per notice (6 % of the service's CPU at 60 calls/s). A community
 * the copy does not know yet, registered since it was read, is read from the table, so a new community is named from
 * its first notice on; a renaming through another replica is seen within {@code communities-reread-after}.
 */
@ApplicationScoped
public class CommunityNames {

    private final CommunityRepository communities;
    private final RarelyChanged<Map<String, String>> names;

    CommunityNames(CommunityRepository communities, NotificationConfig config,
            TransactionSynchronizationRegistry transactions) {
        this.communities = communities;
        this.names = new RarelyChanged<>(communities::names, config.communitiesRereadAfter(), transactions);
    }

    public Optional<String> of(String communityCode) {
        String name = names.get().get(communityCode);
        return name != null ? Optional.of(name)
                : communities.findByIdOptional(communityCode).map((Community community) -> community.name);
    }

    /** Called in the transaction that registers or renames a community: the copy is read again after it ends. */
    public void changing() {
        names.changing();
    }
}
