package city.hotline.intake.repository;

import java.time.OffsetDateTime;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.hibernate.query.NativeQuery;

import city.hotline.events.Category;
import city.hotline.intake.domain.Ticket;
import city.hotline.intake.domain.TicketStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class TicketRepository implements PanacheRepositoryBase<Ticket, String> {

    /**
     * The first of the two keys of intake's duplicate-matter advisory locks. Advisory locks are
     * database-wide; two-key locks never meet the outbox relay's one-key lock.
     */
    private static final int MATTER_LOCKS = 0x12345;

    /**
     * The open ticket of the same building and category opened since the given moment, latest first,
     * locked, so that two callers linked at once are both counted.
     */
    public Optional<Ticket> openAbout(String communityCode, String building, Category category,
            OffsetDateTime since) {
        return find("communityCode = :community and building = :building and category = :category"
                + " and status = :open and openedAt >= :since", Sort.descending("openedAt"),
                Parameters.with("community", communityCode).and("building", building).and("category", category)
                        .and("open", TicketStatus.OPEN).and("since", since))
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /**
     * Holds, until the transaction ends, the matter of a building and category: the first callers of a
     * matter at the same instant are taken one after the other, so the second finds the first's ticket
     * rather than opening another. (Row locks cannot do it: there is no row to lock before the first
     * ticket exists.)
     */
    public void lockMatter(String communityCode, String building, Category category) {
        getEntityManager()
                .createNativeQuery("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(?1, hashtext(?2))) AS held")
                .unwrap(NativeQuery.class)
                // The lock reads no table: only pending tickets need writing first, not the call being taken.
                .addSynchronizedEntityClass(Ticket.class)
                .setParameter(1, MATTER_LOCKS)
                .setParameter(2, communityCode + "/" + building + "/" + category.name())
                .getSingleResult();
    }

    /** Follows dispatch's steps; a ticket intake did not open (or has cancelled) is left alone. */
    public void statusFromDispatch(String ticketId, TicketStatus status) {
        update("status = ?1 where ticketId = ?2 and status <> ?3", status, ticketId, TicketStatus.CANCELLED);
    }
}
