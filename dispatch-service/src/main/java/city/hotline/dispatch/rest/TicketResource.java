package city.hotline.dispatch.rest;

import static city.hotline.security.Role.Names.ADMIN;
import static city.hotline.security.Role.Names.COMMUNITY_SYSTEM;
import static city.hotline.security.Role.Names.OPERATOR;
import static city.hotline.security.Role.Names.SUPERVISOR;
import static city.hotline.security.Role.Names.WORKER;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import city.hotline.dispatch.domain.Ticket;
import city.hotline.dispatch.domain.TicketStatus;
import city.hotline.dispatch.repository.TicketRepository;
import city.hotline.dispatch.service.TicketLifecycle;
import city.hotline.security.Caller;
import city.hotline.web.InvalidInputException;
import io.quarkus.panache.common.Page;
import io.quarkus.security.ForbiddenException;

@Path("/api/tickets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tickets", description = "工单: tickets, their assignee, deadlines and history, and what workers do with them")
// A step and the view of its outcome in one transaction: the view reads the history the step added.
public class TicketResource {

    private final TicketRepository tickets;
    private final TicketLifecycle lifecycle;
    private final Clock clock;
    private final Caller caller;

    TicketResource(TicketRepository tickets, TicketLifecycle lifecycle, Clock clock, Caller caller) {
        this.tickets = tickets;
        this.lifecycle = lifecycle;
        this.clock = clock;
        this.caller = caller;
    }

    @GET
    @Path("/{id}")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "One ticket: status, community, assignee, deadlines and history")
    @APIResponse(responseCode = "404", description = "No ticket has this id (yet: dispatch follows intake within a second)")
    @RolesAllowed({ADMIN, OPERATOR, SUPERVISOR, WORKER, COMMUNITY_SYSTEM})
    @APIResponse(responseCode = "403", description = "The ticket's community is outside the caller's unit")
    public TicketView get(@PathParam("id") String id) {
        Ticket ticket = tickets.findWithHistory(id)
                .orElseThrow(() -> new NotFoundException("no ticket has the id " + id));
        caller.checkMaySee(ticket.communityCode);
        return TicketView.of(ticket);
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "Tickets filtered by assignee, community, status, lateness and opening time, newest first")
    @APIResponse(responseCode = "400", description = "A filter has the wrong form")
    @RolesAllowed({ADMIN, OPERATOR, SUPERVISOR, WORKER, COMMUNITY_SYSTEM})
    public TicketPage list(
            @Parameter(description = "worker id: a worker's own tickets") @QueryParam("assignee") UUID assignee,
            @Parameter(description = "community code", example = "110101004001") @QueryParam("community") String community,
            @QueryParam("status") TicketStatus status,
            @Parameter(description = "true: only late tickets; false: only tickets on time") @QueryParam("overdue") Boolean overdue,
            @Parameter(description = "opened at or after, ISO-8601 with offset", example = "2022-12-05T00:00:00+08:00")
            @QueryParam("from") OffsetDateTime from,
            @Parameter(description = "opened before, ISO-8601 with offset") @QueryParam("to") OffsetDateTime to,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String narrowed = caller.narrowToCommunity(community).orElse(null);
        TicketRepository.Filter filter = new TicketRepository.Filter(assignee, narrowed, status, overdue, from, to);
        List<TicketView> found = tickets.search(filter, now, Page.of(page, size)).stream().map(TicketView::of).toList();
        return new TicketPage(found, page, size, tickets.count(filter, now));
    }

    @POST
    @Transactional
    @Path("/{id}/accept")
    @Operation(summary = "接单: a worker of the ticket's community accepts it")
    @APIResponse(responseCode = "200", description = "Accepted: the worker now answers for the ticket")
    @APIResponse(responseCode = "404", description = "No ticket has this id")
    @APIResponse(responseCode = "409", description = "Already accepted (by someone else, or at the same moment), or past accepting")
    @APIResponse(responseCode = "400", description = "No worker of the ticket's community has this id")
    @RolesAllowed({ADMIN, WORKER})
    public TicketView accept(@PathParam("id") String id, @NotNull @Valid WorkerStep.Accept step) {
        return TicketView.of(lifecycle.accept(id, actingWorker(id, step.workerId())));
    }

    @POST
    @Transactional
    @Path("/{id}/progress")
    @Operation(summary = "A progress note by the worker handling the ticket")
    @APIResponse(responseCode = "200", description = "Recorded")
    @APIResponse(responseCode = "404", description = "No ticket has this id")
    @APIResponse(responseCode = "409", description = "The ticket is not accepted, or not by this worker")
    @RolesAllowed({ADMIN, WORKER})
    public TicketView progress(@PathParam("id") String id, @NotNull @Valid WorkerStep.Progress step) {
        return TicketView.of(lifecycle.progress(id, actingWorker(id, step.workerId()), step.note()));
    }

    @POST
    @Transactional
    @Path("/{id}/help")
    @Operation(summary = "The assignee calls in help of another role or a partner; the ticket stays with them")
    @APIResponse(responseCode = "200", description = "The helper is told")
    @APIResponse(responseCode = "400", description = "Not a role the registry knows")
    @APIResponse(responseCode = "404", description = "No ticket has this id")
    @APIResponse(responseCode = "409", description = "The ticket is not accepted by this worker, or nobody of the role is on duty")
    @RolesAllowed({ADMIN, WORKER})
    public TicketView callInHelp(@PathParam("id") String id, @NotNull @Valid WorkerStep.CallInHelp step) {
        return TicketView.of(lifecycle.callInHelp(id, actingWorker(id, step.workerId()), step.role().name(), step.note()));
    }

    @POST
    @Transactional
    @Path("/{id}/hand-back")
    @Operation(summary = "退单: the assignee hands the ticket back with a reason; it is rerouted to the next candidate")
    @APIResponse(responseCode = "200", description = "Handed back and rerouted (or waiting when nobody else is on duty)")
    @APIResponse(responseCode = "404", description = "No ticket has this id")
    @APIResponse(responseCode = "409", description = "The ticket is not with this worker, or already resolved")
    @RolesAllowed({ADMIN, WORKER})
    public TicketView handBack(@PathParam("id") String id, @NotNull @Valid WorkerStep.HandBack step) {
        return TicketView.of(lifecycle.handBack(id, actingWorker(id, step.workerId()), step.reason()));
    }

    @POST
    @Transactional
    @Path("/{id}/resolve")
    @Operation(summary = "办结: the assignee resolves the ticket with the result")
    @APIResponse(responseCode = "200", description = "Resolved; the follow-up call comes next")
    @APIResponse(responseCode = "404", description = "No ticket has this id")
    @APIResponse(responseCode = "409", description = "The ticket is not accepted, or not by this worker")
    @RolesAllowed({ADMIN, WORKER})
    public TicketView resolve(@PathParam("id") String id, @NotNull @Valid WorkerStep.Resolve step) {
        return TicketView.of(lifecycle.resolve(id, actingWorker(id, step.workerId()), step.result()));
    }

    @POST
    @Transactional
    @Path("/{id}/follow-up")
    @Operation(summary = "回访: whether the caller says it is solved, and their satisfaction; "
            + "unsolved or unsatisfied reopens the ticket")
    @APIResponse(responseCode = "200", description = "Closed, or reopened and dispatched again")
    @APIResponse(responseCode = "400", description = "satisfaction is not SATISFIED, BASICALLY_SATISFIED or UNSATISFIED")
    @APIResponse(responseCode = "404", description = "No ticket has this id")
    @APIResponse(responseCode = "409", description = "The ticket is not resolved")
    @RolesAllowed({ADMIN, OPERATOR})
    public TicketView followUp(@PathParam("id") String id, @NotNull @Valid WorkerStep.FollowUp step) {
        return TicketView.of(lifecycle.followUp(id, step.solved(), step.satisfaction(), step.note()));
    }

    @POST
    @Transactional
    @Path("/{id}/reassign")
    @Operation(summary = "改派: a supervisor gives the ticket to another worker of its community")
    @APIResponse(responseCode = "200", description = "Reassigned; the worker must accept it anew")
    @APIResponse(responseCode = "400", description = "No worker of the ticket's community has this id")
    @APIResponse(responseCode = "404", description = "No ticket has this id")
    @APIResponse(responseCode = "409", description = "The ticket is already resolved or closed")
    @RolesAllowed({ADMIN, SUPERVISOR})
    public TicketView reassign(@PathParam("id") String id, @NotNull @Valid WorkerStep.Reassign step) {
        tickets.findByIdOptional(id).ifPresent(ticket -> caller.checkMaySee(ticket.communityCode));
        return TicketView.of(lifecycle.reassign(id, step.workerId(), step.reason()));
    }

    @POST
    @Transactional
    @Path("/{id}/complex")
    @Operation(summary = "办理复杂: the assignee or a supervisor marks the ticket complex with a reason, "
            + "once and before its resolve-by; its resolve-by becomes the policy's complex one (15 working days)")
    @APIResponse(responseCode = "200", description = "Marked complex, with its new resolve-by")
    @APIResponse(responseCode = "404", description = "No ticket has this id")
    @APIResponse(responseCode = "409", description = "Already marked, past its resolve-by, URGENT, resolved or "
            + "closed, or not with this worker")
    @RolesAllowed({ADMIN, SUPERVISOR, WORKER})
    public TicketView markComplex(@PathParam("id") String id, @NotNull @Valid WorkerStep.MarkComplex step) {
        UUID worker;
        if (caller.is(city.hotline.security.Role.WORKER)) {
            worker = actingWorker(id, step.workerId());
        } else {
            tickets.findByIdOptional(id).ifPresent(ticket -> caller.checkMaySee(ticket.communityCode));
            worker = step.workerId();
        }
        return TicketView.of(lifecycle.markComplex(id, worker, step.reason()));
    }

    /**
     * The worker a step is taken as: a worker acts as themselves, named by their token, on their community's tickets
     * only; an administrator acting for a worker names them in the body.
     */
    private UUID actingWorker(String ticketId, UUID named) {
        if (!caller.is(city.hotline.security.Role.WORKER)) {
            if (named == null) {
                throw new InvalidInputException("workerId", "must not be null: name the worker the step is taken for");
            }
            return named;
        }
        UUID self = caller.workerId()
                .orElseThrow(() -> new ForbiddenException("the worker's token names no worker id"));
        if (named != null && !named.equals(self)) {
            throw new ForbiddenException("a worker takes steps only as themselves");
        }
        tickets.findByIdOptional(ticketId).ifPresent(ticket -> caller.checkMaySee(ticket.communityCode));
        return self;
    }
}
