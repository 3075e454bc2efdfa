package city.hotline.dispatch.rest;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import city.hotline.dispatch.repository.TicketRepository;

@Path("/api/tickets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tickets", description = "工单: tickets, their assignee, deadlines and history")
@Transactional(Transactional.TxType.SUPPORTS)
public class TicketResource {

    private final TicketRepository tickets;

    TicketResource(TicketRepository tickets) {
        this.tickets = tickets;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One ticket: status, community, assignee, deadlines and history")
    @APIResponse(responseCode = "404", description = "No ticket has this id (yet: dispatch follows intake within a second)")
    public TicketView get(@PathParam("id") String id) {
        return tickets.findByIdOptional(id).map(TicketView::of)
                .orElseThrow(() -> new NotFoundException("no ticket has the id " + id));
    }
}
