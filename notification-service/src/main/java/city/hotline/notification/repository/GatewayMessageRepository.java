package city.hotline.notification.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import city.hotline.notification.domain.GatewayMessage;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class GatewayMessageRepository implements PanacheRepositoryBase<GatewayMessage, Long> {

    /**
     * Forgets the messages older than the newest {@code kept}, except those another transaction holds: it locks
     * what it deletes with {@code SKIP LOCKED}, so it never waits on a row lock and cannot be part of a deadlock
     * (two deletes of overlapping ranges, each planned its own way, lock rows in different orders). What it skips
     * goes at a later prune.
     *
     * @return how many messages it forgot
     */
    public int forgetAllButNewest(int kept) {
        return getEntityManager().createNativeQuery("""
                        DELETE FROM gateway_message WHERE id IN (
                            SELECT id FROM gateway_message
                            WHERE id <= (SELECT max(id) FROM gateway_message) - ?1
                            FOR UPDATE SKIP LOCKED)""")
                .setParameter(1, kept)
                .executeUpdate();
    }

    /**
     * The newest {@code kept} messages, oldest first; of one channel, or of all when {@code channel} is null. Older
     * ones may still be in the table until the next prune.
     */
    public List<GatewayMessage> taken(String channel, int kept) {
        String newest = "id > (select max(m.id) from GatewayMessage m) - :kept";
        return channel == null ? list(newest, Sort.by("id"), Parameters.with("kept", (long) kept))
                : list("channel = :channel and " + newest, Sort.by("id"),
                        Parameters.with("channel", channel).and("kept", (long) kept));
    }
}
