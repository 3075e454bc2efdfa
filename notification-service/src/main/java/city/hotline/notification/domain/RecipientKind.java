package city.hotline.notification.domain;

/**
 * Who a notification is for. COMMUNITY is a community's own system, reached by its webhook
 * subscription; RESIDENT a person a broadcast names, known by phone or building.
 */
public enum RecipientKind {
    WORKER, CALLER, SUPERVISOR, COMMUNITY, RESIDENT
}
