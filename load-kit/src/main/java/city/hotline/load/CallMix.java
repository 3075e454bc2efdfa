package city.hotline.load;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The calls operators take during a peak, in the proportions of a winter evening at a 12345 centre: mostly requests
 * for help and complaints (which open tickets), some urgent, and a share of questions and thanks (which do not).
 * Which type and urgency a text gets is the classifier's decision; the run reports what it decided.
 */
public final class CallMix {

    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

    /** Texts weighted by repetition: the list is drawn from uniformly. */
    private static final List<String> TEXTS = List.of(
            "%s独居老人家里没有暖气了，老人发烧，请社区尽快来人",
            "%s老人要去医院透析，小区封控出不去，请社区帮忙协调车辆，很急",
            "%s有人被困在电梯里，物业电话打不通，请马上派人",
            "%s家里孩子高烧不退，药快吃完了，需要社区帮忙买退烧药",
            "%s楼道里的灯坏了一个星期了，晚上看不见，请帮忙报修",
            "%s楼上漏水把我家天花板泡了，找物业没人管",
            "%s门口的垃圾三天没人清运了，味道很大",
            "%s小区门口占道经营，晚上很吵，影响休息",
            "%s暖气不热，屋里只有十四度，老人受不了",
            "%s核酸检测点排队太长，工作人员态度不好",
            "%s家里的米和菜吃完了，封控在家出不去，请社区帮忙送菜",
            "%s下水道堵了，污水漫到楼道里了",
            "%s想问一下社区疫苗接种点周末开不开门",
            "%s想咨询一下居住证怎么办理，需要带什么材料",
            "%s表扬一下社区的网格员，昨天半夜帮我们送药，非常感谢",
            "%s停车位被外来车辆长期占用，请社区协调");

    private final List<String> communityCodes;
    private final SplittableRandom random;

    public CallMix(List<String> communityCodes, long seed) {
        this.communityCodes = communityCodes;
        this.random = new SplittableRandom(seed);
    }

    /** The body of POST /api/calls for the call the {@code sequence}-th arrival brings, received at the given time. */
    public Map<String, Object> call(long sequence, OffsetDateTime receivedAt) {
        String community = communityCodes.get(random.nextInt(communityCodes.size()));
        return body(community, sequence, receivedAt);
    }

    /** A call into one given community: the warm-up calls each community once. */
    public Map<String, Object> callInto(String community, long sequence, OffsetDateTime receivedAt) {
        return body(community, sequence, receivedAt);
    }

    private Map<String, Object> body(String community, long sequence, OffsetDateTime receivedAt) {
        String place = "1号院%d号楼%d单元".formatted(1 + random.nextInt(2), 1 + random.nextInt(6));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", TEXTS.get(random.nextInt(TEXTS.size())).formatted(place));
        body.put("callerPhone", "138%08d".formatted(sequence % 100_000_000));
        body.put("communityCode", community);
        body.put("receivedAt", receivedAt.withOffsetSameInstant(BEIJING).toString());
        body.put("address", place);
        return body;
    }
}
