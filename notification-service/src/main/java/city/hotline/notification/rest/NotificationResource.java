package city.hotline.notification.rest;

import java.util.List;

import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import city.hotline.notification.repository.NotificationRepository;

@Path("/api/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications", description = "What was sent to whom, and why")
@Transactional(Transactional.TxType.SUPPORTS)
public class NotificationResource {

    private final NotificationRepository notifications;

    NotificationResource(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    @GET
    @Operation(summary = "The notifications about one ticket, oldest first")
    public List<NotificationView> aboutTicket(@QueryParam("ticketId") @NotBlank String ticketId) {
        return notifications.aboutTicket(ticketId).stream().map(NotificationView::of).toList();
    }
}
