package city.hotline.security;

import java.util.regex.Pattern;

/**
 * The codes of the administrative units. The registry writes every unit with 12 digits, a district's and a street's
 * padded with zeros: 110101000000 东城区, 110101004000 东四街道, 110101004001 a community of that street. What
 * identifies a unit is its prefix: 6 digits for a district, 9 for a street, all 12 for a community; so a unit holds
 * a community exactly when the community's code begins with the unit's prefix. Tokens and requests may name a
 * district or street by its prefix (110101, 110101004) or its padded code.
 */
public final class UnitCode {

    /** A code no caller's unit holds: what a record that belongs to no community is checked against. */
    public static final String NONE = "none";

    private static final Pattern UNIT = Pattern.compile("\\d{6}|\\d{9}|\\d{12}");
    private static final String PADDING = "000";

    private UnitCode() {
    }

    /** A district, street or community code, by prefix or padded. */
    public static boolean isUnit(String code) {
        return code != null && UNIT.matcher(code).matches();
    }

    /** A community's code: 12 digits that are not a padded street's or district's. */
    public static boolean isCommunity(String code) {
        return isUnit(code) && prefix(code).length() == 12;
    }

    /** Whether the unit holds the given unit (a community, or a street within a district), or is it. */
    public static boolean holds(String unit, String code) {
        return isUnit(unit) && isUnit(code) && prefix(code).startsWith(prefix(unit));
    }

    /** 110101004000 → 110101004, 110101000000 → 110101; a community's code and a prefix stay as they are. */
    static String prefix(String code) {
        String prefix = code;
        while (prefix.length() > 6 && prefix.endsWith(PADDING)) {
            prefix = prefix.substring(0, prefix.length() - PADDING.length());
        }
        return prefix;
    }
}
