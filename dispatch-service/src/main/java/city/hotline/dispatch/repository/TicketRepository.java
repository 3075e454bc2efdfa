package city.hotline.dispatch.repository;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import city.hotline.dispatch.domain.Ticket;
import city.hotline.dispatch.domain.TicketStatus;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;

@ApplicationScoped
public class TicketRepository implements PanacheRepositoryBase<Ticket, String> {

    /** A late ticket: a deadline passed without the step it asks for. */
    private static final String OVERDUE = "(t.status IN ('OPEN', 'ASSIGNED', 'ACCEPTED') AND (t.resolve_by < :now"
            + " OR (t.status IN ('OPEN', 'ASSIGNED') AND t.accept_by < :now)))";

    /** What a ticket list may be narrowed to; null fields do not narrow it. */
    public record Filter(UUID assignee, String communityCode, TicketStatus status, Boolean overdue,
            OffsetDateTime openedFrom, OffsetDateTime openedTo) {
    }

    /** Where in a hierarchy of places a supervisor looks: a community, a street or a district. */
    public record Area(String communityCode, String streetCode, String districtCode) {
    }

    /** The tickets of a community waiting for a worker: the green channel first (绿色通道), then oldest first. */
    public List<Ticket> waiting(String communityCode) {
        return list("communityCode = ?1 and status = ?2 order by greenChannel desc, openedAt", communityCode,
                TicketStatus.OPEN);
    }

    /** The tickets assigned to a worker that they have not accepted yet. */
    public List<Ticket> unacceptedOf(UUID workerId) {
        return list("assigneeId = ?1 and status = ?2 order by openedAt", workerId, TicketStatus.ASSIGNED);
    }

    /**
     * A ticket with its history read in one statement: read apart, a deadline firing in between
     * could show a step in the history that the ticket's assignee does not reflect yet.
     */
    public Optional<Ticket> findWithHistory(String id) {
        return find("from Ticket t left join fetch t.history where t.id = ?1", id).singleResultOptional();
    }

    /** The tickets with a worker, accepted or not yet. */
    public List<Ticket> openOf(UUID workerId) {
        return list("assigneeId = ?1 and status in ?2 order by openedAt", workerId,
                List.of(TicketStatus.ASSIGNED, TicketStatus.ACCEPTED));
    }

    /**
     * Claims tickets whose timer is due, locked for this transaction; rows another replica has
     * claimed are skipped, so each timer fires once however many replicas run.
     */
    @SuppressWarnings("unchecked")
    public List<Ticket> claimDue(OffsetDateTime now, int limit) {
        return getEntityManager().createNativeQuery("""
                        SELECT * FROM ticket WHERE next_due_at <= ?1
                        ORDER BY next_due_at LIMIT ?2 FOR UPDATE SKIP LOCKED
                        """, Ticket.class)
                .setParameter(1, now)
                .setParameter(2, limit)
                .getResultList();
    }

    /** One page of the tickets matching a filter, newest first. */
    public List<Ticket> search(Filter filter, OffsetDateTime now, Page page) {
        return query(filter, now).page(page).list();
    }

    public long count(Filter filter, OffsetDateTime now) {
        return query(filter, now).count();
    }

    private PanacheQuery<Ticket> query(Filter filter, OffsetDateTime now) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.assignee() != null) {
            where.append(" and assigneeId = :assignee");
            parameters.put("assignee", filter.assignee());
        }
        if (filter.communityCode() != null) {
            where.append(" and communityCode = :community");
            parameters.put("community", filter.communityCode());
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.openedFrom() != null) {
            where.append(" and openedAt >= :from");
            parameters.put("from", filter.openedFrom());
        }
        if (filter.openedTo() != null) {
            where.append(" and openedAt < :to");
            parameters.put("to", filter.openedTo());
        }
        if (filter.overdue() != null) {
            String overdue = "(status in ('OPEN', 'ASSIGNED', 'ACCEPTED') and (resolveBy < :now"
                    + " or (status in ('OPEN', 'ASSIGNED') and acceptBy < :now)))";
            where.append(filter.overdue() ? " and " + overdue : " and not " + overdue);
            parameters.put("now", now);
        }
        return find(where + " order by openedAt desc, id", parameters);
    }

    /** 督办: the tickets of an area that are late or have been escalated and are not yet resolved. */
    @SuppressWarnings("unchecked")
    public List<Ticket> lateOrEscalated(Area area, OffsetDateTime now) {
        StringBuilder sql = new StringBuilder("SELECT t.* FROM ticket t"
                + " LEFT JOIN community_view c ON c.code = t.community_code"
                + " WHERE t.status IN ('OPEN', 'ASSIGNED', 'ACCEPTED')"
                + " AND (t.escalation_level IS NOT NULL OR " + OVERDUE + ")");
        if (area.communityCode() != null) {
            sql.append(" AND t.community_code = :community");
        }
        if (area.streetCode() != null) {
            sql.append(" AND c.street_code = :street");
        }
        if (area.districtCode() != null) {
            sql.append(" AND c.district_code = :district");
        }
        sql.append(" ORDER BY t.resolve_by, t.id");
        Query query = getEntityManager().createNativeQuery(sql.toString(), Ticket.class).setParameter("now", now);
        if (area.communityCode() != null) {
            query.setParameter("community", area.communityCode());
        }
        if (area.streetCode() != null) {
            query.setParameter("street", area.streetCode());
        }
        if (area.districtCode() != null) {
            query.setParameter("district", area.districtCode());
        }
        return query.getResultList();
    }

    /**
     * The late tickets of the whole city, split by the deadline they missed: past their resolve-by, or not yet
     * accepted past their accept-by (and not past their resolve-by). Together, the tickets {@code overdue=true} lists.
     */
    public OverdueCount countOverdue(OffsetDateTime now) {
        Object[] row = (Object[]) getEntityManager().createNativeQuery("""
                        SELECT count(*) FILTER (WHERE resolve_by < :now),
                               count(*) FILTER (WHERE (resolve_by IS NULL OR resolve_by >= :now)
                                                AND status IN ('OPEN', 'ASSIGNED') AND accept_by < :now)
                        FROM ticket WHERE status IN ('OPEN', 'ASSIGNED', 'ACCEPTED')""")
                .setParameter("now", now)
                .getSingleResult();
        return new OverdueCount(((Number) row[1]).longValue(), ((Number) row[0]).longValue());
    }

    public record OverdueCount(long acceptance, long resolution) {
    }

    /** Tickets of a community opened in [from, to). */
    public long countOpened(String communityCode, OffsetDateTime from, OffsetDateTime to) {
        return count("communityCode = ?1 and openedAt >= ?2 and openedAt < ?3", communityCode, from, to);
    }

    /** Tickets of a community resolved in [from, to). */
    public long countResolved(String communityCode, OffsetDateTime from, OffsetDateTime to) {
        return count("communityCode = ?1 and resolvedAt >= ?2 and resolvedAt < ?3", communityCode, from, to);
    }

    /**
     * Tickets of a community opened before a time and neither resolved nor withdrawn by it: carried over
     * to the next day.
     */
    public long countUnresolvedAt(String communityCode, OffsetDateTime at) {
        return count("communityCode = ?1 and openedAt < ?2 and (resolvedAt is null or resolvedAt >= ?2)"
                + " and (closedAt is null or closedAt >= ?2)", communityCode, at);
    }
}
