package city.hotline.security;

import java.util.Collection;
import java.util.Optional;

/**
 * What a caller of the hotline's APIs is, as their token's {@code groups} claim names it. A token carries one
 * role; where a city's identity provider puts several, the first in this order wins.
 *
 * <p>Plain Java on purpose: the launcher and the test kit name roles when they mint tokens, without Quarkus.
 */
public enum Role {

    /** Everything, everywhere: the hotline's own administrators. */
    ADMIN(Role.Names.ADMIN),
    /** 话务员: takes calls, looks up callers and places, makes the follow-up calls. */
    OPERATOR(Role.Names.OPERATOR),
    /** Street, district or community secretary: sees and steers the tickets of their unit. */
    SUPERVISOR(Role.Names.SUPERVISOR),
    /** 社工, 网格员: handles their community's tickets, acting as themselves. */
    WORKER(Role.Names.WORKER),
    /** A community's or street's own software: its community's tickets and subscriptions. */
    COMMUNITY_SYSTEM(Role.Names.COMMUNITY_SYSTEM),
    /** Reads statistics, never personal data. */
    ANALYST(Role.Names.ANALYST);

    /** The claim values, as constants for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String ADMIN = "admin";
        public static final String OPERATOR = "operator";
        public static final String SUPERVISOR = "supervisor";
        public static final String WORKER = "worker";
        public static final String COMMUNITY_SYSTEM = "community-system";
        public static final String ANALYST = "analyst";

        private Names() {
        }
    }

    private final String claimValue;

    Role(String claimValue) {
        this.claimValue = claimValue;
    }

    /** The name in the token's {@code groups} claim. */
    public String claimValue() {
        return claimValue;
    }

    public static Optional<Role> ofClaimValue(String value) {
        for (Role role : values()) {
            if (role.claimValue.equals(value)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    /** The caller's role among the groups of their token: the first in this enum's order, when several are. */
    public static Optional<Role> firstOf(Collection<String> groups) {
        for (Role role : values()) {
            if (groups != null && groups.contains(role.claimValue)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    /** Whether the role is confined to an administrative unit, named by the token's unit claim. */
    public boolean isConfined() {
        return this == SUPERVISOR || this == WORKER || this == COMMUNITY_SYSTEM;
    }

    /** Whether the unit of a confined role must be one community rather than a street or district. */
    public boolean isConfinedToOneCommunity() {
        return this == WORKER || this == COMMUNITY_SYSTEM;
    }
}
