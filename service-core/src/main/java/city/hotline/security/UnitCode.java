package city.hotline.security;

import java.util.regex.Pattern;

/**
 * The codes of the administrative units: a district has 6 digits, its streets 9 beginning with the district's, a
 * street's communities 12 beginning with the street's (110101 东城区, 110101004 东四街道, 110101004001). So a unit
 * holds a community exactly when the community's code begins with the unit's.
 */
public final class UnitCode {

    private static final Pattern UNIT = Pattern.compile("\\d{6}|\\d{9}|\\d{12}");
    private static final Pattern COMMUNITY = Pattern.compile("\\d{12}");

    private UnitCode() {
    }

    /** A district, street or community code. */
    public static boolean isUnit(String code) {
        return code != null && UNIT.matcher(code).matches();
    }

    public static boolean isCommunity(String code) {
        return code != null && COMMUNITY.matcher(code).matches();
    }

    /** Whether the unit holds the given unit (a community, or a street within a district). */
    public static boolean holds(String unit, String code) {
        return isUnit(unit) && isUnit(code) && code.startsWith(unit);
    }
}
