package city.hotline.notification.rest;

import static city.hotline.security.Role.Names.ADMIN;
import static city.hotline.security.Role.Names.OPERATOR;
import static city.hotline.security.Role.Names.WORKER;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import city.hotline.notification.domain.DeliveryStatus;
import city.hotline.notification.domain.Notification;
import city.hotline.notification.repository.DeliveryRepository;
import city.hotline.notification.repository.NotificationRepository;
import city.hotline.notification.repository.Page;
import city.hotline.security.Caller;
import io.quarkus.security.ForbiddenException;

@Path("/api/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications", description = "What was sent to whom, and why")
@Transactional(Transactional.TxType.SUPPORTS)
public class NotificationResource {

    private final NotificationRepository notifications;
    private final DeliveryRepository deliveries;
    private final Caller caller;
    private final Clock clock;

    NotificationResource(NotificationRepository notifications, DeliveryRepository deliveries, Caller caller,
            Clock clock) {
        this.notifications = notifications;
        this.deliveries = deliveries;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "Notifications, newest first, with the deliveries of each",
            description = "Narrowed by any of recipient, ticket and delivery status; a worker's inbox is "
                    + "`?recipient=<worker id>`. A worker does not see a notice before its `notBefore` time.")
    @APIResponse(responseCode = "200", description = "One page of notifications")
    @APIResponse(responseCode = "400", description = "A parameter out of range")
    @RolesAllowed({ADMIN, OPERATOR, WORKER})
    @APIResponse(responseCode = "403", description = "A worker reads only their own inbox")
    public Page<NotificationView> search(
            @Parameter(description = "A worker id, or a subscription id for a community system")
            @QueryParam("recipient") String recipient,
            @Parameter(description = "A ticket id", example = "BJ20221205-000123") @QueryParam("ticket") String ticket,
            @Parameter(description = "Notifications with a delivery in this status: PENDING, HELD, SENT, FAILED")
            @QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        String inbox = caller.workerId().map(UUID::toString).map(self -> {
            if (recipient != null && !recipient.equals(self)) {
                throw new ForbiddenException("a worker reads only their own inbox");
            }
            return self;
        }).orElse(recipient);
        // A worker's inbox shows a notice once it is due, as its deliveries go then; auditors see it at once.
        OffsetDateTime visibleAt = caller.workerId().isPresent()
                ? OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC) : null;
        Page<Notification> found = notifications.search(QueryValues.text(inbox), QueryValues.text(ticket),
                QueryValues.enumValue("status", status, DeliveryStatus.class), visibleAt, page, size);
        Map<UUID, List<DeliveryView>> byNotification = deliveries
                .ofNotifications(found.items().stream().map(notification -> notification.id).toList()).stream()
                .collect(Collectors.groupingBy(delivery -> delivery.notificationId,
                        Collectors.mapping(DeliveryView::of, Collectors.toList())));
        return new Page<>(found.items().stream()
                .map(notification -> NotificationView.of(notification,
                        byNotification.getOrDefault(notification.id, List.of())))
                .toList(), page, size, found.total());
    }
}
