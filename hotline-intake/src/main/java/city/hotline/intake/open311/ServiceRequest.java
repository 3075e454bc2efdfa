package city.hotline.intake.open311;

import com.fasterxml.jackson.annotation.JsonProperty;

import city.hotline.intake.domain.Call;
import city.hotline.intake.domain.TicketStatus;

/**
 * A service request as GeoReport v2 shows it. {@code open} while the call waits to be placed or its
 * ticket is open; {@code closed} once dispatch resolved or closed the ticket, intake cancelled it,
 * or the call needed none (answered on the call, praise, suggestion). Where it was filed by lat and
 * long they are kept in the address as given; intake does not geocode.
 */
public record ServiceRequest(String service_request_id, String status, String status_notes, String service_name,
        String service_code, String description, String agency_responsible, String service_notice,
        String requested_datetime, String updated_datetime, String expected_datetime, String address,
        String address_id, String zipcode, Double lat, @JsonProperty("long") Double lon, String media_url) {

    static ServiceRequest of(Call call) {
        boolean open = call.communityCode == null ? call.needsTicket()
                : call.ticketId != null && TicketStatus.OPEN.name().equals(call.ticketStatus);
        String code = Open311Services.code(call.category);
        return new ServiceRequest(call.id.toString(), open ? "open" : "closed",
                call.ticketId == null ? null : "工单号 " + call.ticketId, Open311Services.of(call.category).service_name(),
                code, call.text, call.communityCode, call.answerText, call.receivedAt.toString(), null, null,
                call.address, null, null, null, null, null);
    }
}
