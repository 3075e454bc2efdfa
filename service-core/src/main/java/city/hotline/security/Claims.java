package city.hotline.security;

/**
 * The claims of a hotline token beside the standard ones ({@code iss}, {@code aud}, {@code sub}, {@code exp}):
 * what a city's identity provider must put in the tokens it issues. See docs/security.md.
 */
public final class Claims {

    /** MicroProfile JWT's role claim: the {@link Role#claimValue()} of the caller's role. */
    public static final String GROUPS = "groups";
    /**
     * The administrative unit a supervisor, worker or community system is confined to: a district (6 digits),
     * street (9) or community (12) code; a worker's and a community system's is their community.
     */
    public static final String UNIT = "hotline_unit";
    /** A worker's id in the resident registry: the worker a worker's ticket steps are recorded for. */
    public static final String WORKER = "hotline_worker";

    private Claims() {
    }
}
