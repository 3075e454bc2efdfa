package city.hotline.notification.domain;

/** Who a notification is for. COMMUNITY is a community's own system, reached by its webhook subscription. */
public enum RecipientKind {
    WORKER, CALLER, SUPERVISOR, COMMUNITY
}
