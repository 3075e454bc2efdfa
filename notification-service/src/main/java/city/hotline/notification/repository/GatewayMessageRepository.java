package city.hotline.notification.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import city.hotline.notification.domain.GatewayMessage;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class GatewayMessageRepository implements PanacheRepositoryBase<GatewayMessage, Long> {

    /** Forgets all but the newest {@code kept} messages. */
    public void keepNewest(int kept) {
        getEntityManager().createNativeQuery(
                        "DELETE FROM gateway_message WHERE id <= (SELECT max(id) FROM gateway_message) - ?1")
                .setParameter(1, kept)
                .executeUpdate();
    }

    /** Oldest first; of one channel, or of all when {@code channel} is null. */
    public List<GatewayMessage> taken(String channel) {
        return channel == null ? listAll(Sort.by("id")) : list("channel", Sort.by("id"), channel);
    }
}
