package city.hotline.events;

import java.time.OffsetDateTime;

/**
 * A caller is on a ticket: the first caller of a ticket just opened, or a later caller whose call
 * joined an open ticket about the same matter. Tells notification-service whom to tell of the
 * ticket's number and of its steps, with as little personal data as does it: the caller's resident
 * id when the caller's phone is a registered resident's (notification reaches them by their
 * preferred channel from the registry's events), the phone number only otherwise.
 *
 * @param residentId the registry's id of the caller, or null when the phone is not a registered resident's
 * @param phone      the caller's phone, only when {@code residentId} is null
 * @param joined     whether the call joined a ticket other callers opened
 * @param at         when the call was received
 */
public record TicketCallerAdded(
        String ticketId,
        String callId,
        String communityCode,
        String residentId,
        String phone,
        boolean joined,
        OffsetDateTime at) {
}
