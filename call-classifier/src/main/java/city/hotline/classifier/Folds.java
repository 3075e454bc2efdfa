package city.hotline.classifier;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Items dealt into k folds for cross-validation: shuffled with a fixed seed, so two runs agree,
 * then dealt in order of a stratum (a call's type), so each fold has its share of every stratum.
 */
public final class Folds<T> {

    private final List<List<T>> folds;

    public <S extends Comparable<S>> Folds(List<T> items, int k, long seed, Function<T, S> stratum) {
        List<T> shuffled = new ArrayList<>(items);
        Collections.shuffle(shuffled, new Random(seed));
        shuffled.sort(Comparator.comparing(stratum));
        folds = IntStream.range(0, k).<List<T>>mapToObj(i -> new ArrayList<>()).toList();
        for (int i = 0; i < shuffled.size(); i++) {
            folds.get(i % k).add(shuffled.get(i));
        }
    }

    public int count() {
        return folds.size();
    }

    public List<T> heldOut(int fold) {
        return folds.get(fold);
    }

    /** Every item outside the given fold. */
    public List<T> trainingFor(int fold) {
        return IntStream.range(0, folds.size()).filter(i -> i != fold).boxed()
                .flatMap(i -> folds.get(i).stream()).toList();
    }
}
