package city.hotline.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

import city.hotline.events.CallType;
import city.hotline.events.Category;

/**
 * The model that ships in the jar against {@code held-out.tsv}, calls no training reads. The floors
 * sit a little under what the shipped model measured (type 0.92, category 0.89, URGENT recall 1.00
 * and precision 0.92, calibration error 0.05), so a retraining that makes it worse fails here.
 */
class ShippedModelTest {

    @Test
    void theShippedModelMeetsItsFloorOnCallsItNeverSaw() throws IOException {
        CallClassifier classifier = CallClassifier.shipped();
        Evaluation evaluation = new Evaluation();
        heldOut().forEach(call -> evaluation.add(call, classifier.classify(call.text())));

        assertThat(evaluation.size()).isGreaterThanOrEqualTo(120);
        assertThat(evaluation.typeAccuracy()).isGreaterThanOrEqualTo(0.88);
        assertThat(evaluation.categoryAccuracy()).isGreaterThanOrEqualTo(0.85);
        assertThat(evaluation.urgentRecall()).isGreaterThanOrEqualTo(0.95);
        assertThat(evaluation.urgentPrecision()).isGreaterThanOrEqualTo(0.8);
        assertThat(evaluation.calibrationError()).isLessThan(0.08);
    }

    @Test
    void confidenceIsAProbability() {
        Classification answer = CallClassifier.shipped().classify("我想咨询一下核酸检测点什么时候开放");
        assertThat(answer.type()).isEqualTo(CallType.CONSULTATION);
        assertThat(answer.category()).isEqualTo(Category.EPIDEMIC_CONTROL);
        assertThat(answer.confidence()).isBetween(0.5, 1.0);
    }

    static List<LabelledCall> heldOut() throws IOException {
        try (InputStream in = ShippedModelTest.class.getResourceAsStream("/held-out.tsv")) {
            return LabelledCalls.read(in, "held-out.tsv");
        }
    }
}
