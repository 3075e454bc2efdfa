package city.hotline.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassifierTrainingTest {

    @TempDir
    Path folder;

    @Test
    void aTrainedModelAnswersTheSameOnceSavedAndLoaded() throws IOException {
        List<LabelledCall> calls = ShippedModelTest.heldOut();
        CallClassifier trained = new ClassifierTraining(new TextFeatures()).train(calls);
        trained.save(folder);
        CallClassifier loaded = CallClassifier.load(folder);

        for (LabelledCall call : calls.subList(0, 20)) {
            Classification before = trained.classify(call.text());
            Classification after = loaded.classify(call.text());
            assertThat(after.type()).isEqualTo(before.type());
            assertThat(after.category()).isEqualTo(before.category());
            assertThat(after.urgency()).isEqualTo(before.urgency());
            assertThat(after.confidence()).isCloseTo(before.confidence(), org.assertj.core.data.Offset.offset(1e-3));
        }
    }

    @Test
    void correctionsReadLikeTheRepositoryData() throws IOException {
        String exported = "id\ttext\ttype\turgency\tcategory\n"
                + "0b6c\t我家暖气不热\tCOMPLAINT\tNORMAL\tHEATING\n\n";
        List<LabelledCall> read = LabelledCalls.read(new java.io.ByteArrayInputStream(exported.getBytes(
                java.nio.charset.StandardCharsets.UTF_8)), "corrections");
        assertThat(read).containsExactly(new LabelledCall("0b6c", "我家暖气不热", city.hotline.events.CallType.COMPLAINT,
                city.hotline.events.Urgency.NORMAL, city.hotline.events.Category.HEATING));
    }
}
