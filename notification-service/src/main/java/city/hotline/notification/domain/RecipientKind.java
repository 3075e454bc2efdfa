package city.hotline.notification.domain;

/** Who a notification is for. */
public enum RecipientKind {
    WORKER, CALLER, SUPERVISOR, COMMUNITY
}
