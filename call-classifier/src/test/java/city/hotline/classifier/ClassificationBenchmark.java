package city.hotline.classifier;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long the shipped classifier takes for one call once warm, over the held-out calls in turn
 * (short notes and long work-order summaries alike). Not a test: run it with
 * {@code ./mvnw -q -pl call-classifier -am test-compile exec:exec@benchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ClassificationBenchmark {

    private CallClassifier classifier;
    private List<String> texts;
    private int next;

    @Setup
    public void load() throws Exception {
        classifier = CallClassifier.shipped();
        texts = ShippedModelTest.heldOut().stream().map(LabelledCall::text).toList();
    }

    @Benchmark
    public Classification classifyOneCall() {
        next = (next + 1) % texts.size();
        return classifier.classify(texts.get(next));
    }
}
