package city.hotline.classifier;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;

/**
 * The features a model knows, numbered from 1 as LIBLINEAR wants them. Only features seen in at
 * least two training calls enter: a feature of a single call teaches the model that call, not the
 * next one, and keeps the shipped model small.
 */
public final class Vocabulary {

    static final int MIN_CALLS = 2;

    private final Map<String, Integer> index;

    private Vocabulary(Map<String, Integer> index) {
        this.index = index;
    }

    /** The features of at least {@link #MIN_CALLS} of the given feature sets, one set per call. */
    public static Vocabulary of(Collection<Set<String>> featuresOfCalls) {
        Map<String, Integer> counts = new HashMap<>();
        featuresOfCalls.forEach(features -> features.forEach(feature -> counts.merge(feature, 1, Integer::sum)));
        List<String> kept = counts.entrySet().stream().filter(entry -> entry.getValue() >= MIN_CALLS)
                .map(Map.Entry::getKey).sorted().toList();
        return ofNames(kept);
    }

    private static Vocabulary ofNames(List<String> names) {
        Map<String, Integer> index = new HashMap<>(names.size() * 2);
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i + 1);
        }
        return new Vocabulary(index);
    }

    public int size() {
        return index.size();
    }

    /**
     * The call's known features as a LIBLINEAR row: binary, scaled to unit length so a long
     * work-order summary does not outvote a terse note.
     */
    public Feature[] vector(Set<String> features) {
        int[] known = features.stream().map(index::get).filter(i -> i != null).mapToInt(Integer::intValue)
                .sorted().toArray();
        double value = known.length == 0 ? 0 : 1 / Math.sqrt(known.length);
        Feature[] row = new Feature[known.length];
        for (int i = 0; i < known.length; i++) {
            row[i] = new FeatureNode(known[i], value);
        }
        return row;
    }

    void save(Writer out) throws IOException {
        String[] names = new String[index.size()];
        index.forEach((name, i) -> names[i - 1] = name);
        for (String name : names) {
            out.write(name);
            out.write('\n');
        }
    }

    static Vocabulary load(BufferedReader in) throws IOException {
        List<String> names = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            names.add(line);
        }
        return ofNames(names);
    }

}
