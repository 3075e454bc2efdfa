package city.hotline.dispatch.rest;

/** The roles the registry knows workers by, as routing rules and calls for help name them. */
public enum Role {
    SECRETARY, COMMUNITY_WORKER, GRID_WORKER, BUILDING_HEAD, VOLUNTEER, PROPERTY_STAFF, PARTNER
}
