package city.hotline.intake.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import city.hotline.events.CallType;
import city.hotline.events.Category;
import city.hotline.events.Urgency;

/**
 * Classifies a call by the words operators most often meet: a first rule set that routes the
 * plain cases and answers with a modest confidence, so operators know to check it.
 */
@ApplicationScoped
public class KeywordClassifier {

    /** Checked in order: praise and complaint words win over the request words they often contain. */
    private static final Map<CallType, List<String>> TYPE_WORDS = ordered(
            CallType.PRAISE, List.of("表扬", "感谢", "谢谢", "点赞", "锦旗"),
            CallType.COMPLAINT, List.of("投诉", "没人管", "没人接", "不作为", "态度差", "举报"),
            CallType.SUGGESTION, List.of("建议", "希望能", "能否考虑"),
            CallType.CONSULTATION, List.of("咨询", "请问", "怎么办理", "是否可以", "能不能", "什么时候"));

    private static final Map<Category, List<String>> CATEGORY_WORDS = ordered(
            Category.HEATING, List.of("暖气", "供暖", "不热"),
            Category.UTILITIES, List.of("停水", "停电", "燃气", "煤气", "水管", "电梯"),
            Category.MEDICAL, List.of("发烧", "透析", "看病", "就医", "药", "孕"),
            Category.EPIDEMIC_CONTROL, List.of("核酸", "封控", "隔离", "管控", "阳性", "疫情"),
            Category.SUPPLIES, List.of("买菜", "物资", "蔬菜", "团购", "断粮"),
            Category.ELDERLY_CARE, List.of("独居", "老人", "失能", "助餐"),
            Category.NOISE_NEIGHBOUR, List.of("噪音", "扰民", "邻居"),
            Category.SANITATION, List.of("垃圾", "卫生", "污水", "异味"),
            Category.PROPERTY, List.of("物业", "维修", "漏水"),
            Category.DELIVERY, List.of("快递", "外卖"),
            Category.TRAFFIC, List.of("停车", "交通", "道路"),
            Category.HOUSING, List.of("房屋", "租房", "拆迁"));

    private static final List<String> URGENT_WORDS = List.of(
            "急", "生命", "昏迷", "晕倒", "透析", "孕妇", "临产", "发烧", "高烧", "燃气泄漏", "煤气味", "着火", "火灾",
            "走失", "断粮", "没有暖气", "孩子一个人");

    public Classification classify(String text) {
        CallType type = firstMatch(TYPE_WORDS, text, null);
        Category category = firstMatch(CATEGORY_WORDS, text, Category.OTHER);
        Urgency urgency = URGENT_WORDS.stream().anyMatch(text::contains) ? Urgency.URGENT : Urgency.NORMAL;
        return type == null
                ? new Classification(CallType.REQUEST, urgency, category, 0.3)
                : new Classification(type, urgency, category, 0.6);
    }

    private static <K> K firstMatch(Map<K, List<String>> words, String text, K otherwise) {
        return words.entrySet().stream()
                .filter(entry -> entry.getValue().stream().anyMatch(text::contains))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(otherwise);
    }

    @SuppressWarnings("unchecked")
    private static <K> Map<K, List<String>> ordered(Object... keysAndWords) {
        Map<K, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndWords.length; i += 2) {
            map.put((K) keysAndWords[i], (List<String>) keysAndWords[i + 1]);
        }
        return map;
    }
}
