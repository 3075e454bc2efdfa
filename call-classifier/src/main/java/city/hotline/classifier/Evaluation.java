package city.hotline.classifier;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import city.hotline.events.CallType;
import city.hotline.events.Category;
import city.hotline.events.Urgency;

/** How a classifier's answers compare with people's labels: accuracies, F1, URGENT recall, calibration. */
public final class Evaluation {

    private record Answer(LabelledCall truth, Classification predicted) {
    }

    private final List<Answer> answers = new ArrayList<>();

    public void add(LabelledCall truth, Classification predicted) {
        answers.add(new Answer(truth, predicted));
    }

    public int size() {
        return answers.size();
    }

    public double typeAccuracy() {
        return accuracy(LabelledCall::type, Classification::type);
    }

    public double categoryAccuracy() {
        return accuracy(LabelledCall::category, Classification::category);
    }

    public double typeMacroF1() {
        return macroF1(CallType.values(), LabelledCall::type, Classification::type);
    }

    public double categoryMacroF1() {
        return macroF1(Category.values(), LabelledCall::category, Classification::category);
    }

    public double urgentRecall() {
        long urgent = answers.stream().filter(a -> a.truth().urgency() == Urgency.URGENT).count();
        return ratio(count(Urgency.URGENT, Urgency.URGENT), urgent);
    }

    public double urgentPrecision() {
        long saidUrgent = answers.stream().filter(a -> a.predicted().urgency() == Urgency.URGENT).count();
        return ratio(count(Urgency.URGENT, Urgency.URGENT), saidUrgent);
    }

    /**
     * Expected calibration error of the confidence against the type being right: the mean gap,
     * weighted by calls, between the confidence and the share right in ten bins of confidence.
     */
    public double calibrationError() {
        double error = 0;
        for (int bin = 0; bin < 10; bin++) {
            int b = bin;
            List<Answer> inBin = answers.stream()
                    .filter(a -> Math.min((int) (a.predicted().confidence() * 10), 9) == b).toList();
            if (!inBin.isEmpty()) {
                double confidence = inBin.stream().mapToDouble(a -> a.predicted().confidence()).average().orElse(0);
                double right = inBin.stream().filter(a -> a.truth().type() == a.predicted().type()).count()
                        / (double) inBin.size();
                error += Math.abs(confidence - right) * inBin.size() / answers.size();
            }
        }
        return error;
    }

    /** One line: how many calls, type and category accuracy, URGENT recall and precision. */
    public void printSummary(PrintStream out, String title) {
        out.printf("%-28s %4d calls: type %.3f, category %.3f, URGENT recall %.3f precision %.3f%n", title, size(),
                typeAccuracy(), categoryAccuracy(), urgentRecall(), urgentPrecision());
    }

    public void print(PrintStream out) {
        out.printf("calls evaluated          %d%n", size());
        out.printf("type     accuracy %.3f  macro-F1 %.3f%n", typeAccuracy(), typeMacroF1());
        out.printf("category accuracy %.3f  macro-F1 %.3f%n", categoryAccuracy(), categoryMacroF1());
        out.printf("URGENT   recall   %.3f  precision %.3f  (urgent calls: %d)%n", urgentRecall(), urgentPrecision(),
                answers.stream().filter(a -> a.truth().urgency() == Urgency.URGENT).count());
        out.printf("confidence calibration error (ECE, 10 bins) %.3f%n", calibrationError());
        for (double threshold : new double[] {0.4, 0.5, 0.6, 0.7}) {
            List<Answer> sure = answers.stream().filter(a -> a.predicted().confidence() >= threshold).toList();
            out.printf("review threshold %.1f: %4.1f%% flagged, type accuracy of the rest %.3f%n", threshold,
                    100.0 * (size() - sure.size()) / size(),
                    ratio(sure.stream().filter(a -> a.truth().type() == a.predicted().type()).count(), sure.size()));
        }
        printConfusion(out, "type", CallType.values(), LabelledCall::type, Classification::type);
        printConfusion(out, "urgency", Urgency.values(), LabelledCall::urgency, Classification::urgency);
        printConfusion(out, "category", Category.values(), LabelledCall::category, Classification::category);
    }

    private <L> double accuracy(Function<LabelledCall, L> truth, Function<Classification, L> predicted) {
        return ratio(answers.stream().filter(a -> truth.apply(a.truth()) == predicted.apply(a.predicted())).count(),
                answers.size());
    }

    private <L> double macroF1(L[] labels, Function<LabelledCall, L> truth, Function<Classification, L> predicted) {
        double sum = 0;
        int present = 0;
        for (L label : labels) {
            long tp = answers.stream().filter(a -> truth.apply(a.truth()) == label
                    && predicted.apply(a.predicted()) == label).count();
            long actual = answers.stream().filter(a -> truth.apply(a.truth()) == label).count();
            long said = answers.stream().filter(a -> predicted.apply(a.predicted()) == label).count();
            if (actual == 0 && said == 0) {
                continue;
            }
            present++;
            sum += actual + said == 0 ? 0 : 2.0 * tp / (actual + said);
        }
        return present == 0 ? 0 : sum / present;
    }

    private long count(Urgency truth, Urgency predicted) {
        return answers.stream().filter(a -> a.truth().urgency() == truth && a.predicted().urgency() == predicted)
                .count();
    }

    private <L extends Enum<L>> void printConfusion(PrintStream out, String title, L[] labels,
            Function<LabelledCall, L> truth, Function<Classification, L> predicted) {
        out.printf("%nconfusion of %s (rows: labelled, columns: predicted)%n%-17s", title, "");
        for (L label : labels) {
            out.printf(" %5.5s", label.name());
        }
        out.println();
        for (L row : labels) {
            out.printf("%-17s", row.name());
            for (L column : labels) {
                out.printf(" %5d", answers.stream().filter(a -> truth.apply(a.truth()) == row
                        && predicted.apply(a.predicted()) == column).count());
            }
            out.println();
        }
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
