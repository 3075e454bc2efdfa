package city.hotline.intake.service;

import java.util.ArrayList;
import java.util.List;

/**
 * How callers name places, so a name in a call's text matches the registry's: no spaces,
 * full-width digits as ASCII, and the names a building is known by.
 */
public final class PlaceNames {

    /** The registry's building for a compound with no separate buildings. */
    private static final String WHOLE_COMPOUND = "整院";
    private static final String COMMUNITY_SUFFIX = "社区";

    private PlaceNames() {
    }

    public static String normalise(String text) {
        StringBuilder normalised = new StringBuilder(text.length());
        text.codePoints().filter(c -> !Character.isWhitespace(c) && c != '\u3000')
                .map(c -> c >= '０' && c <= '９' ? c - '０' + '0' : c)
                .forEach(normalised::appendCodePoint);
        return normalised.toString();
    }

    /** A community is named with or without 社区: "东四二条社区", "东四二条". */
    public static List<String> ofCommunity(String name) {
        String full = normalise(name);
        List<String> names = new ArrayList<>(List.of(full));
        if (full.endsWith(COMMUNITY_SUFFIX) && full.length() > COMMUNITY_SUFFIX.length() + 1) {
            names.add(full.substring(0, full.length() - COMMUNITY_SUFFIX.length()));
        }
        return names;
    }

    /** The name of a building given as {@code compound/building}: "东四二条11号院3号楼"; the compound's alone for 整院. */
    public static String ofBuilding(String building) {
        int slash = building.indexOf('/');
        if (slash < 0) {
            return normalise(building);
        }
        String part = building.substring(slash + 1);
        return normalise(building.substring(0, slash) + (WHOLE_COMPOUND.equals(part) ? "" : part));
    }

    /** The compound of a building given as {@code compound/building}. */
    public static String compoundOf(String building) {
        int slash = building.indexOf('/');
        return normalise(slash < 0 ? building : building.substring(0, slash));
    }
}
