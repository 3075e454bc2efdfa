package city.hotline.intake.domain;

/** Where a ticket intake opened stands, as far as a second call about the same matter is concerned. */
public enum TicketStatus {
    /** Opened, and neither resolved, closed nor cancelled: a second call about it is linked to it. */
    OPEN,
    RESOLVED,
    CLOSED,
    /** Withdrawn by intake when its call was corrected to a type that needs no action. */
    CANCELLED
}
