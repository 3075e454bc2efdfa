package city.hotline.intake.repository;

import java.time.OffsetDateTime;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import city.hotline.events.Category;
import city.hotline.intake.domain.Ticket;
import city.hotline.intake.domain.TicketStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class TicketRepository implements PanacheRepositoryBase<Ticket, String> {

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

    /** Follows dispatch's steps; a ticket intake did not open (or has cancelled) is left alone. */
    public void statusFromDispatch(String ticketId, TicketStatus status) {
        update("status = ?1 where ticketId = ?2 and status <> ?3", status, ticketId, TicketStatus.CANCELLED);
    }
}
