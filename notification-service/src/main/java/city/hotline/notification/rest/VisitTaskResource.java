package city.hotline.notification.rest;

import static city.hotline.security.Role.Names.ADMIN;
import static city.hotline.security.Role.Names.WORKER;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import city.hotline.notification.domain.VisitTask;
import city.hotline.notification.repository.VisitTaskRepository;
import city.hotline.security.Caller;
import city.hotline.web.InvalidInputException;
import io.quarkus.security.ForbiddenException;

@Path("/api/visits")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Door visits", description = "上门: messages a worker passes on in person to households no phone reaches")
@Transactional(Transactional.TxType.SUPPORTS)
public class VisitTaskResource {

    private final VisitTaskRepository visits;
    private final Caller caller;

    VisitTaskResource(VisitTaskRepository visits, Caller caller) {
        this.visits = visits;
        this.caller = caller;
    }

    /** A visit as the worker sees it on their list. */
    public record VisitView(String id, String building, String recipientName, String message, String status,
            OffsetDateTime createdAt) {

        static VisitView of(VisitTask task) {
            return new VisitView(task.id.toString(), task.building, task.recipientName, task.message, task.status,
                    task.createdAt);
        }
    }

    @GET
    @Operation(summary = "The door visits given to a worker, oldest first")
    @APIResponse(responseCode = "400", description = "No worker id")
    @RolesAllowed({ADMIN, WORKER})
    @APIResponse(responseCode = "403", description = "A worker reads only their own visits")
    public List<VisitView> ofWorker(@QueryParam("worker") String worker) {
        UUID workerId = QueryValues.uuid("worker", worker);
        if (workerId == null) {
            throw new InvalidInputException("worker", "is required");
        }
        if (caller.workerId().filter(self -> !self.equals(workerId)).isPresent()) {
            throw new ForbiddenException("a worker reads only their own visits");
        }
        return visits.ofWorker(workerId).stream().map(VisitView::of).toList();
    }
}
