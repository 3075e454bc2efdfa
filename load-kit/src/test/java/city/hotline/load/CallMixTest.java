package city.hotline.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The generated calls: a stated share repeats a recent matter, whatever the length of the run and the number of
 * communities, new matters never share a building, and the types follow the labelled calls.
 */
class CallMixTest {

    private static final OffsetDateTime AT = OffsetDateTime.of(2022, 12, 1, 20, 0, 0, 0, ZoneOffset.UTC);

    /** Calls as the intake matches them: the community and building named, and the text (hence the category). */
    private record Generated(String community, String building, String text) {
        static Generated of(Map<String, Object> body) {
            String address = (String) body.get("address");
            return new Generated((String) body.get("communityCode"),
                    address.substring(0, address.indexOf("号楼") + 2), (String) body.get("text"));
        }
    }

    private static List<Generated> generate(int communities, long calls, double repeatShare) {
        List<String> codes = new CommunityTree(communities, 1).communityCodes();
        CallMix mix = new CallMix(codes, CallMix.buildingsFor(calls, communities), repeatShare, 7L);
        return LongStream.range(0, calls)
                .mapToObj(n -> Generated.of(mix.call(n, AT.plusSeconds(n)))).toList();
    }

    /** Whether each call names a building an earlier call named; a repeat must be about that call's matter too. */
    private static double repeatedShare(List<Generated> calls) {
        Map<String, Generated> firstByBuilding = new HashMap<>();
        long repeats = 0;
        for (Generated call : calls) {
            Generated first = firstByBuilding.putIfAbsent(call.community() + call.building(), call);
            if (first != null) {
                assertThat(first.text()).as("a repeat is about the first caller's matter").isEqualTo(call.text());
                repeats++;
            }
        }
        return repeats / (double) calls.size();
    }

    @ParameterizedTest(name = "{0} communities, {1} calls")
    @CsvSource({"1000, 100000", "10, 100000", "60000, 100000", "1000, 20000"})
    void theShareOfRepeatedMattersHoldsWhateverTheCommunitiesAndLength(int communities, long calls) {
        assertThat(repeatedShare(generate(communities, calls, CallMix.DEFAULT_REPEAT_SHARE)))
                .isCloseTo(CallMix.DEFAULT_REPEAT_SHARE, within(0.006));
    }

    @Test
    void theShareHoldsInEveryStretchOfALongRun() {
        List<Generated> calls = generate(1000, 200_000, 0.2);
        Map<String, Boolean> seen = new HashMap<>();
        for (int stretch = 0; stretch < 10; stretch++) {
            long repeats = 0;
            for (Generated call : calls.subList(stretch * 20_000, (stretch + 1) * 20_000)) {
                if (seen.putIfAbsent(call.community() + call.building(), true) != null) {
                    repeats++;
                }
            }
            assertThat(repeats / 20_000.0).as("stretch %d", stretch).isCloseTo(0.2, within(0.012));
        }
    }

    @Test
    void withoutRepeatsNoTwoCallsShareABuilding() {
        List<Generated> calls = generate(50, 100_000, 0);

        Set<String> buildings = new HashSet<>();
        calls.forEach(call -> buildings.add(call.community() + call.building()));
        assertThat(buildings).hasSize(calls.size());
    }

    @Test
    void newMattersNameOnlyRegisteredBuildings() {
        int communities = 100;
        long calls = 50_000;
        int registered = CallMix.buildingsFor(calls, communities);
        Set<String> names = new HashSet<>();
        for (int building = 1; building <= registered; building++) {
            names.add(CommunityTree.address(building, 1).replace("1单元", ""));
        }

        assertThat(generate(communities, calls, CallMix.DEFAULT_REPEAT_SHARE))
                .allSatisfy(call -> assertThat(names).contains(call.building()));
    }

    @Test
    void theWarmUpPassCallsEachCommunityAboutANewMatter() {
        List<String> codes = new CommunityTree(30, 1).communityCodes();
        CallMix mix = new CallMix(codes, 3, CallMix.DEFAULT_REPEAT_SHARE, 1L);
        Set<String> buildings = new HashSet<>();
        for (int pass = 0; pass < 3; pass++) {
            for (String code : codes) {
                Generated call = Generated.of(mix.callInto(code, pass, AT));
                assertThat(call.community()).isEqualTo(code);
                assertThat(buildings.add(call.community() + call.building())).isTrue();
            }
        }
        assertThatThrownBy(() -> mix.callInto(codes.get(0), 99, AT)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void typesUrgenciesAndTopicsFollowTheLabelledCalls() {
        Map<String, LabelledCall> byText = LabelledCall.shipped().stream()
                .collect(Collectors.toMap(LabelledCall::text, Function.identity(), (a, b) -> a));
        List<LabelledCall> generated = generate(1000, 100_000, CallMix.DEFAULT_REPEAT_SHARE).stream()
                .map(call -> byText.get(call.text())).toList();

        for (Function<LabelledCall, String> label : List.<Function<LabelledCall, String>>of(
                LabelledCall::type, call -> call.type() + "/" + call.urgency(), LabelledCall::category)) {
            Map<String, Double> expected = shares(LabelledCall.shipped(), label);
            Map<String, Double> actual = shares(generated, label);
            assertThat(actual.keySet()).isEqualTo(expected.keySet());
            expected.forEach((value, share) -> assertThat(actual.get(value)).as(value).isCloseTo(share, within(0.01)));
        }
    }

    @Test
    void aRepeatShareAboveTheComplaintsAndRequestsIsRefused() {
        assertThatThrownBy(() -> new CallMix(List.of("110130001001"), 10, 0.6, 1L))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 0 and 0.5");
    }

    private static Map<String, Double> shares(List<LabelledCall> calls, Function<LabelledCall, String> label) {
        return calls.stream().collect(Collectors.groupingBy(label,
                Collectors.collectingAndThen(Collectors.counting(), count -> count / (double) calls.size())));
    }
}
