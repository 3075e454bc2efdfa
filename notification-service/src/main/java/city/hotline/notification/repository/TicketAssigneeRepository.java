package city.hotline.notification.repository;

import jakarta.enterprise.context.ApplicationScoped;

import city.hotline.notification.domain.TicketAssignee;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class TicketAssigneeRepository implements PanacheRepositoryBase<TicketAssignee, String> {

    /** The ticket is now the worker's: assigned to them, or accepted by them. */
    public void assign(String ticketId, String communityCode, String workerId, String workerName) {
        TicketAssignee assignee = findByIdOptional(ticketId).orElseGet(TicketAssignee::new);
        assignee.ticketId = ticketId;
        assignee.communityCode = communityCode;
        assignee.workerId = workerId;
        assignee.workerName = workerName;
        persist(assignee);
    }

    /** The ticket is nobody's any more: handed back, withdrawn, cancelled or closed. */
    public void release(String ticketId) {
        deleteById(ticketId);
    }
}
