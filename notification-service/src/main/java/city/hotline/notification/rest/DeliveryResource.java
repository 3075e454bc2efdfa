package city.hotline.notification.rest;

import static city.hotline.security.Role.Names.ADMIN;

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

import city.hotline.notification.domain.Delivery;
import city.hotline.notification.domain.DeliveryChannel;
import city.hotline.notification.domain.DeliveryStatus;
import city.hotline.notification.repository.DeliveryRepository;
import city.hotline.notification.repository.Page;

@Path("/api/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deliveries", description = "Every channel's attempts to carry a notification")
@Transactional(Transactional.TxType.SUPPORTS)
public class DeliveryResource {

    private final DeliveryRepository deliveries;

    DeliveryResource(DeliveryRepository deliveries) {
        this.deliveries = deliveries;
    }

    @GET
    @Operation(summary = "Deliveries, newest first", description = "E.g. `?status=FAILED` for what never arrived.")
    @APIResponse(responseCode = "200", description = "One page of deliveries")
    @APIResponse(responseCode = "400", description = "A parameter out of range")
    @RolesAllowed(ADMIN)
    public Page<DeliveryView> search(
            @QueryParam("notification") String notification,
            @Parameter(description = "A worker id, or a subscription id") @QueryParam("recipient") String recipient,
            @Parameter(description = "IN_APP, SMS, WECHAT, WEBHOOK or DOOR_VISIT") @QueryParam("channel") String channel,
            @Parameter(description = "PENDING, HELD, SENT or FAILED") @QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        Page<Delivery> found = deliveries.search(QueryValues.uuid("notification", notification),
                QueryValues.text(recipient), QueryValues.enumValue("channel", channel, DeliveryChannel.class),
                QueryValues.enumValue("status", status, DeliveryStatus.class), page, size);
        return new Page<>(found.items().stream().map(DeliveryView::of).toList(), page, size, found.total());
    }
}
