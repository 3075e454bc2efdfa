package city.hotline.dispatch.domain;

/** Where a ticket stands. */
public enum TicketStatus {
    /** Opened, waiting for a worker of its community to be on duty. */
    OPEN,
    /** Dispatched (派单) to a named worker, waiting for them to accept it. */
    ASSIGNED
}
