package city.hotline.dispatch.domain;

/** Where a ticket stands. */
public enum TicketStatus {
    /** Opened, waiting for a worker of its community to be on duty. */
    OPEN,
    /** Dispatched (派单) to a named worker, waiting for them to accept it. */
    ASSIGNED,
    /** Accepted (接单) by its worker, who is handling it. */
    ACCEPTED,
    /** Resolved (办结) by its worker, waiting for the follow-up call to the caller. */
    RESOLVED,
    /** Followed up and found solved: nothing left to do. */
    CLOSED,
    /** 撤单: cancelled by intake, its call needing no action after all: nothing left to do. */
    CANCELLED;

    /** Whether someone still has to act on the ticket, so its deadlines run. */
    public boolean isPending() {
        return this == OPEN || this == ASSIGNED || this == ACCEPTED;
    }

    /** Whether the ticket still waits for someone to accept it. */
    public boolean awaitsAcceptance() {
        return this == OPEN || this == ASSIGNED;
    }
}
