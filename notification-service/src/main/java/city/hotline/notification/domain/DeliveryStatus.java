package city.hotline.notification.domain;

/** Where a delivery stands. */
public enum DeliveryStatus {
    /** Due at its next attempt time: new, or waiting to be retried. */
    PENDING,
    /** Held by quiet hours until morning; then sent like a pending one. */
    HELD,
    SENT,
    /** Given up after the last attempt, or refused for good. */
    FAILED,
    /** A fallback waiting behind another delivery of the same notification; due if that one fails. */
    STANDBY,
    /** A fallback that was not needed: the delivery in front of it was sent. */
    SKIPPED
}
