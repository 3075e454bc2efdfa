package city.hotline.dispatch.rest;

import java.util.List;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import city.hotline.web.Problem;

/** Two workers changed the same ticket at the same moment: the later one is told, not given a 500. */
public class ConcurrentChangeMapper {

    @ServerExceptionMapper
    public Response concurrentChange(OptimisticLockException exception, UriInfo uri) {
        return Problem.of(Response.Status.CONFLICT, "the ticket was changed by someone else at the same moment;"
                + " read it again", uri.getPath(), List.of()).toResponse();
    }
}
