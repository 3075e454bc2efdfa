package city.hotline.intake.service;

import java.time.OffsetDateTime;

import city.hotline.events.CallType;

/**
 * Which calls an operator lists; every criterion is optional.
 *
 * @param unplaced only the calls waiting for an operator to place them
 * @param from     received at or after
 * @param to       received before
 */
public record CallSearch(boolean unplaced, String communityCode, CallType type, OffsetDateTime from,
        OffsetDateTime to) {
}
