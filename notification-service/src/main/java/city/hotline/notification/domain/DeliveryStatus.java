package city.hotline.notification.domain;

/** Where a delivery stands. */
public enum DeliveryStatus {
    /** Due at its next attempt time: new, or waiting to be retried. */
    PENDING,
    /** Held by quiet hours until morning; then sent like a pending one. */
    HELD,
    SENT,
    /** Given up after the last attempt, or refused for good. */
    FAILED
}
