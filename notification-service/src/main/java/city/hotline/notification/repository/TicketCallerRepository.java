package city.hotline.notification.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import city.hotline.notification.domain.TicketCaller;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class TicketCallerRepository implements PanacheRepositoryBase<TicketCaller, TicketCaller.Key> {

    public List<TicketCaller> ofTicket(String ticketId) {
        return list("ticketId = ?1 order by callId", ticketId);
    }
}
