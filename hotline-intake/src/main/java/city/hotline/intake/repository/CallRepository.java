package city.hotline.intake.repository;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.query.NativeQuery;

import city.hotline.events.Category;
import city.hotline.intake.domain.Call;
import city.hotline.intake.domain.Channel;
import city.hotline.intake.service.CallSearch;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class CallRepository implements PanacheRepositoryBase<Call, UUID> {

    /**
     * The table of the Idempotency-Key queries. A native query that declares none has Hibernate write everything
     * pending before it; declared, a pending call or ticket is written once, at commit.
     */
    private static final String IDEMPOTENCY_KEYS = "idempotency_key";

    /**
     * Claims an Idempotency-Key for a new call. Insert first: a concurrent retry with the same key
     * waits for this transaction and then finds the key taken.
     *
     * @return the call that already holds the key, or empty when the key is now the new call's
     */
    public Optional<UUID> claimIdempotencyKey(String key, UUID newCallId) {
        int inserted = getEntityManager()
                .createNativeQuery("INSERT INTO idempotency_key (key, call_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .unwrap(NativeQuery.class)
                .addSynchronizedQuerySpace(IDEMPOTENCY_KEYS)
                .setParameter(1, key)
                .setParameter(2, newCallId)
                .executeUpdate();
        if (inserted == 1) {
            return Optional.empty();
        }
        return Optional.of((UUID) getEntityManager()
                .createNativeQuery("SELECT call_id FROM idempotency_key WHERE key = ?1")
                .unwrap(NativeQuery.class)
                .addSynchronizedQuerySpace(IDEMPOTENCY_KEYS)
                .setParameter(1, key)
                .getSingleResult());
    }

    public long nextTicketSequence() {
        return ((Number) getEntityManager().createNativeQuery("SELECT nextval('ticket_number_seq')")
                .unwrap(NativeQuery.class)
                // A sequence, no table: nothing pending needs writing first.
                .addSynchronizedQuerySpace("ticket_number_seq")
                .getSingleResult()).longValue();
    }

    /** The calls matching the search, oldest first (the queue order), one page of them, and how many match. */
    public PageOfCalls search(CallSearch search, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (search.unplaced()) {
            where.append(" and communityCode is null");
        }
        if (search.communityCode() != null) {
            where.append(" and communityCode = :community");
            parameters.put("community", search.communityCode());
        }
        if (search.type() != null) {
            where.append(" and type = :type");
            parameters.put("type", search.type());
        }
        if (search.from() != null) {
            where.append(" and receivedAt >= :from");
            parameters.put("from", search.from());
        }
        if (search.to() != null) {
            where.append(" and receivedAt < :to");
            parameters.put("to", search.to());
        }
        PanacheQuery<Call> query = find(where.toString(), Sort.by("receivedAt").and("id"), parameters)
                .page(Page.of(page, size));
        return new PageOfCalls(query.list(), query.count());
    }

    /** Calls filed through Open311, newest first: those with the ids given, or else of the period. */
    public List<Call> open311Requests(List<UUID> ids, Category category, OffsetDateTime from, OffsetDateTime to,
            int limit) {
        StringBuilder where = new StringBuilder("channel = :channel");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("channel", Channel.OPEN311);
        if (!ids.isEmpty()) {
            where.append(" and id in :ids");
            parameters.put("ids", ids);
        }
        if (category != null) {
            where.append(" and category = :category");
            parameters.put("category", category);
        }
        if (from != null) {
            where.append(" and receivedAt >= :from");
            parameters.put("from", from);
        }
        if (to != null) {
            where.append(" and receivedAt < :to");
            parameters.put("to", to);
        }
        return find(where.toString(), Sort.descending("receivedAt"), parameters).page(Page.ofSize(limit)).list();
    }

    public record PageOfCalls(List<Call> calls, long total) {
    }
}
