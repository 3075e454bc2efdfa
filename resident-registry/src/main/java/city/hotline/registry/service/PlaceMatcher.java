package city.hotline.registry.service;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the places a free-text address or place name speaks of ("东四二条11号院", "广立南区9号楼",
 * "钟楼湾社区"), best match first.
 *
 * <p>Deliberately simple: names are normalised (full-width digits and letters to ASCII, spaces and
 * punctuation dropped) and a place matches when its name occurs in the text, the longest name
 * winning, so "广立南区9号楼" beats "广立南区". A text that is only part of a name ("钟库胡同")
 * matches that name too, ranked below whole names. No word segmentation, no typo tolerance, no
 * house-number arithmetic: enough for the names a register holds, not a geocoder.
 */
public final class PlaceMatcher {

    /** How precisely a match places the text. */
    public enum Level { BUILDING, COMPOUND, COMMUNITY }

    /** A place the text may speak of. {@code building} is {@code compound/building}. */
    public record Place(String communityCode, String communityName, String compound, String building) {
    }

    /** A match: the place, how precise it is, the name that matched and how well. */
    public record Match(Level level, String communityCode, String communityName, String compound, String building,
            String matched, double score) {
    }

    /** The placeholder building of a courtyard whose buildings no one named: the compound is the place. */
    private static final String WHOLE_COMPOUND = "整院";

    private PlaceMatcher() {
    }

    /** Places of the given list the text speaks of, best first, at most {@code limit}. */
    public static List<Match> match(String text, List<Place> places, int limit) {
        String query = normalise(text);
        if (query.isEmpty()) {
            return List.of();
        }
        Map<String, Match> best = new LinkedHashMap<>();
        for (Place place : places) {
            double community = Math.max(score(query, place.communityName()),
                    score(query, place.communityName().replaceFirst("社区$", "")));
            double compound = score(query, place.compound());
            String buildingName = place.building().substring(place.building().indexOf('/') + 1);
            double building = WHOLE_COMPOUND.equals(buildingName) ? 0 : score(query, place.compound() + buildingName);
            if (building > compound) {
                keep(best, new Match(Level.BUILDING, place.communityCode(), place.communityName(), place.compound(),
                        place.building(), place.compound() + buildingName, building + community + 0.2));
            } else if (compound > 0) {
                boolean whole = WHOLE_COMPOUND.equals(buildingName);
                keep(best, new Match(Level.COMPOUND, place.communityCode(), place.communityName(), place.compound(),
                        whole ? place.building() : null, place.compound(), compound + community + 0.1));
            } else if (community > 0) {
                keep(best, new Match(Level.COMMUNITY, place.communityCode(), place.communityName(), null, null,
                        place.communityName(), community));
            }
        }
        List<Match> ranked = new ArrayList<>(best.values());
        ranked.sort(Comparator.comparingDouble(Match::score).reversed()
                .thenComparing(Match::level)
                .thenComparing(Match::communityCode));
        return ranked.subList(0, Math.min(limit, ranked.size()));
    }

    /**
     * The name's length when the text holds the whole name; a little less than the text's length
     * when the name holds the whole text (the caller said only part of it); otherwise 0.
     */
    static double score(String query, String name) {
        String normalised = normalise(name);
        if (normalised.isEmpty()) {
            return 0;
        }
        if (query.contains(normalised)) {
            return normalised.length();
        }
        if (query.length() >= 2 && normalised.contains(query)) {
            return query.length() - 0.5;
        }
        return 0;
    }

    /** Full-width to ASCII (NFKC), lower case, no spaces or punctuation: "９号楼 " → "9号楼". */
    static String normalise(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toLowerCase()
                .replaceAll("[\\s\\p{Punct}\\p{IsPunctuation}]", "");
    }

    private static void keep(Map<String, Match> best, Match match) {
        String key = match.level() + "|" + match.communityCode() + "|" + match.compound() + "|" + match.building();
        best.merge(key, match, (a, b) -> a.score() >= b.score() ? a : b);
    }
}
