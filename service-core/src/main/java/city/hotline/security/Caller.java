package city.hotline.security;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Who is calling, as their verified token says: their role, the unit they are confined to, and for a worker the
 * worker they act as. Endpoints say which roles may call them with {@code @RolesAllowed}; this view answers the
 * finer question of which communities' data the caller may see.
 */
@RequestScoped
public class Caller {

    private final JsonWebToken token;

    Caller(JsonWebToken token) {
        this.token = token;
    }

    /** The user id of the token's subject: what access logs record. */
    public String id() {
        if (token.getSubject() == null) {
            throw new UnauthorizedException();
        }
        return token.getSubject();
    }

    public Role role() {
        return Role.firstOf(token.getGroups()).orElseThrow(UnauthorizedException::new);
    }

    public boolean is(Role role) {
        return role() == role;
    }

    /**
     * The district, street or community a supervisor, worker or community system is confined to; empty for the
     * roles that see the whole city.
     */
    public Optional<String> unit() {
        if (!role().isConfined()) {
            return Optional.empty();
        }
        // A confined role without a well-formed unit is confined to nothing rather than to everything.
        return Optional.of(claim(Claims.UNIT).filter(UnitCode::isUnit).orElse("-"));
    }

    /** The worker a worker's token acts as; empty for other roles. */
    public Optional<UUID> workerId() {
        if (!is(Role.WORKER)) {
            return Optional.empty();
        }
        try {
            return claim(Claims.WORKER).map(UUID::fromString);
        } catch (IllegalArgumentException malformed) {
            throw new ForbiddenException("the token's " + Claims.WORKER + " claim is not a worker id");
        }
    }

    /** Whether the caller may see the community's (or street's, or district's) data. */
    public boolean maySee(String unitCode) {
        return unit().map(own -> UnitCode.holds(own, unitCode)).orElse(true);
    }

    /** Refuses with 403 when the caller may not see the unit's data. */
    public void checkMaySee(String unitCode) {
        if (!maySee(unitCode)) {
            throw new ForbiddenException("the caller may not see the data of " + unitCode);
        }
    }

    /**
     * The community a list the caller asked for is narrowed to: the one asked for, once checked; else the caller's
     * own when they are confined to one; else none (the whole city). A supervisor of a street or a district names
     * the community they want, one at a time.
     */
    public Optional<String> narrowToCommunity(String requested) {
        if (requested != null) {
            checkMaySee(requested);
            return Optional.of(requested);
        }
        Optional<String> unit = unit();
        if (unit.isEmpty() || UnitCode.isCommunity(unit.get())) {
            return unit;
        }
        throw new ForbiddenException("name the community to list (community=): the caller oversees "
                + unit.get() + ", and lists one of its communities at a time");
    }

    /**
     * Whether residents' and callers' names and phones of the community reach this caller unmasked: operators and
     * administrators, and the community's own workers, who call them back; analysts, supervisors and community
     * systems see them masked.
     */
    public boolean seesPersonalDataOf(String communityCode) {
        return switch (role()) {
            case ADMIN, OPERATOR -> true;
            case WORKER -> maySee(communityCode);
            default -> false;
        };
    }

    private Optional<String> claim(String name) {
        Object value = token.getClaim(name);
        if (value instanceof JsonString json) {
            return Optional.of(json.getString());
        }
        return Optional.ofNullable(value).map(Object::toString);
    }
}
