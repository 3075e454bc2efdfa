package city.hotline.dispatch.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import city.hotline.dispatch.domain.Ticket;
import city.hotline.dispatch.domain.TicketStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class TicketRepository implements PanacheRepositoryBase<Ticket, String> {

    /** The tickets of a community waiting for a worker, oldest first. */
    public List<Ticket> waiting(String communityCode) {
        return list("communityCode = ?1 and status = ?2 order by openedAt", communityCode, TicketStatus.OPEN);
    }
}
