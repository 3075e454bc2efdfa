package city.hotline.notification.domain;

/** A broadcast waits for its time, then fans out to a notification per recipient, once. */
public enum BroadcastStatus {
    SCHEDULED, FANNED_OUT
}
