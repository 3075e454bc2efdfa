package city.hotline.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import city.hotline.events.Urgency;

class SafetySignalTest {

    static CallClassifier classifier;

    @BeforeAll
    static void loadTheShippedModel() {
        classifier = CallClassifier.shipped();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            LIFE               | 我老伴刚才在厨房晕倒了，怎么叫都不醒
            LIFE               | 楼下的老太太摔倒了起不来，一直在喊
            LIFE               | my neighbour is unconscious on the stairs, please send an ambulance
            PREGNANCY          | 我媳妇怀孕九个月了，肚子疼，小区出不去
            PREGNANCY          | 孕妇羊水破了，车在门口进不来
            DIALYSIS           | 我爸明天要去医院透析，社区还没给开通行证
            DIALYSIS           | my mother needs dialysis tomorrow and our compound is sealed
            TREATMENT_CUT_OFF  | 胰岛素就剩一支了，明天就断药，药店都关门了
            TREATMENT_CUT_OFF  | 停电了，我爸的制氧机用不了
            FEVER_OF_VULNERABLE| 八个月的宝宝烧到三十九度半，一直哭
            FEVER_OF_VULNERABLE| 独居老人发高烧两天了，没人照顾
            NO_HEAT_OR_FOOD    | 暖气彻底停了，外面零下十度，屋里老人冻得直哆嗦
            NO_HEAT_OR_FOOD    | 我们封在楼里，家里断粮两天了
            NO_HEAT_OR_FOOD    | 屋里只有8度，暖气一点都不热，孩子冻得直哭
            GAS                | 楼道里一股很重的燃气味，不知道哪家漏了
            GAS                | 燃汽管子好像破了，呲呲的响
            FIRE               | 楼下电动车着火了，烟往楼上窜
            FIRE               | 配电箱冒烟，还有火花
            WANDERING          | 我爸有老年痴呆，早上出门到现在没回来
            WANDERING          | 认知障碍老人走失，穿蓝棉袄
            LEFT_ALONE         | 对门的孩子一个人在家哭了一个多小时，大人不知道去哪了
            UNREACHABLE        | 我妈一个人住，打她电话一直没人接，我在外地回不去
            DANGER             | 电梯困了两个人，按警铃没人应
            DANGER             | 路口井盖没了，晚上太危险
            """)
    void eachSafetySignalMakesACallUrgent(SafetySignal signal, String text) {
        assertThat(SafetySignal.in(text)).contains(signal);
        assertThat(classifier.classify(text).urgency()).isEqualTo(Urgency.URGENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "暖气不热，室温十七度，报修一周没人来",
            "请问发热门诊在哪个医院",
            "请问从中风险区回来要不要隔离",
            "燃气表没电了打不着火，请帮忙换电池",
            "快递找不到了，显示已签收",
            "菜快吃完了，米面还有点，能不能帮忙团一份蔬菜包",
            "楼道灯坏了，请物业修一下"})
    void everydayTroubleRaisesNoSignal(String text) {
        assertThat(SafetySignal.in(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "谢谢社区帮我爸联系透析的车，一次都没耽误",
            "建议社区把孕妇和透析病人的名单一直留着，以后有事能早发现"})
    void praiseAndSuggestionsAboutPastDangerAreNotUrgent(String text) {
        assertThat(classifier.classify(text).urgency()).isEqualTo(Urgency.NORMAL);
        assertThat(classifier.classify(text).safetySignals()).isEmpty();
    }
}
