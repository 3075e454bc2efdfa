package city.hotline.security;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a token grants: who, in which role, confined to which unit, acting as which worker. The launcher and the
 * test kit turn a grant into the claims of a token they sign; the services read those claims back as a
 * {@link Caller}.
 *
 * @param unit     the district, street or community code of a supervisor, worker or community system; null otherwise
 * @param workerId a worker's registry id; null for other roles
 */
public record Grant(String subject, Role role, String unit, String workerId) {

    public Grant {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(role, "role");
        if (role.isConfinedToOneCommunity() && !UnitCode.isCommunity(unit)) {
            throw new IllegalArgumentException("a " + role.claimValue() + " needs the 12-digit code of its community");
        }
        if (role == Role.SUPERVISOR && !UnitCode.isUnit(unit)) {
            throw new IllegalArgumentException("a supervisor needs a district, street or community code (6, 9 or 12 digits)");
        }
        if (role == Role.WORKER && workerId == null) {
            throw new IllegalArgumentException("a worker needs their worker id");
        }
    }

    public static Grant of(Role role) {
        return new Grant(role.claimValue(), role, null, null);
    }

    /** The claims of a token for this grant, valid from {@code now} for {@code lifetime}. */
    public Map<String, Object> claims(String issuer, String audience, Instant now, Duration lifetime) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer);
        claims.put("aud", audience);
        claims.put("sub", subject);
        claims.put("upn", subject);
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plus(lifetime).getEpochSecond());
        claims.put(Claims.GROUPS, List.of(role.claimValue()));
        if (unit != null) {
            claims.put(Claims.UNIT, unit);
        }
        if (workerId != null) {
            claims.put(Claims.WORKER, workerId);
        }
        return claims;
    }
}
