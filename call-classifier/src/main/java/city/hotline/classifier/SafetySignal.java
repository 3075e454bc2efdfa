package city.hotline.classifier;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A sign in a call's text that someone's life, health or safety is at risk. The model learns
 * urgency from examples, but a few examples cannot promise it never misses a dialysis patient
 * locked in: these rules can, so a call that shows one of them is URGENT whatever the model says.
 *
 * <p>The patterns read the text with full-width characters folded and Latin lower-cased. Several
 * signals need two things together, e.g. a fever and a vulnerable person, so that an ordinary cold
 * or a question about last winter's heating bill does not page a worker at night.
 */
public enum SafetySignal {

    /** Someone collapsed, fell and cannot get up, cannot breathe, bleeds, harms themselves, calls for help. */
    LIFE(any("昏迷|晕倒|晕过去|昏过去|不省人事|没有?呼吸|呼吸困难|喘不上气|喘不过气|抽搐|胸口疼|胸痛|心梗|心脏病[犯发]|"
            + "(?<!差点)中风(?!险)|脑梗发作|脑出血|吐血|大出血|流血不止|血流不止|自杀|轻生|跳楼|割腕|想不开|"
            + "安眠药|不想活|寻死|落水|掉水里|掉进水|溺水|(?<!差点|险些|容易|怕|会)(摔倒了|摔了一跤)|"
            + "叫救护车|急救|(打|拨|叫)120|生命危险|快不行了|人命关天|喊救命|救命啊|摔.{0,8}(起不来|爬不起来|动不了)|"
            + "(担心|怕).{0,8}(出事|出意外)|"
            + "血氧.{0,8}(八十|九十以下|(?<![0-9])[5-8][0-9](?![0-9])|往下掉)|叫不醒|叫不太醒|"
            + "unconscious|not breathing|fell (in|on|down)|can'?t get up|overdose|can'?t breathe|ambulance|bleeding|suicide|fell and can'?t")),

    /** A pregnant woman, especially one near or in labour. */
    PREGNANCY(any("孕妇|怀孕|怀着孕|临产|待产|预产期|要生了|快生了|羊水|见红|宫缩|孕.{0,2}周|pregnan|labou?r pain")),

    /** Treatments that cannot wait: dialysis, chemotherapy, radiotherapy. */
    DIALYSIS(any("透析|化疗|放疗|dialysis|chemo")),

    /** Medicine, oxygen or special food someone depends on runs out or is cut off. */
    TREATMENT_CUT_OFF(both("断药|药.{0,6}(吃完|用完|没了|断了|不够)|没有?药了|缺药|(买不到|没有|弄不到|取不出).{0,8}(药|胰岛素|奶粉)|"
                    + "最后一[顿罐支片盒]|就剩|只剩|今晚就|停电|断电|没电|冇得|run(ning)? out|out of",
            "胰岛素|降压|血压|血糖|糖尿病|心脏|哮喘|癫痫|抗排异|救心|制氧|呼吸机|氧气|特殊奶粉|过敏|insulin|oxygen|epilep")),

    /** A fever in someone who cannot ride it out: a baby, a child, an old or pregnant person, a patient. */
    FEVER_OF_VULNERABLE(both("发烧|高烧|发热(?!门诊)|烧到|低烧|烧了|fever",
            "老人|老太|大爷|大妈|奶奶|爷爷|姥姥|姥爷|婆婆|老伴|父亲|母亲|老母亲|老父亲|独居|[0-9一二三四五六七八九十]+岁|"
                    + "婴儿|宝宝|孩子|小孩|儿童|月大|新生儿|孕|产后|残疾|瘫|卧床|基础病|透析|癌|baby|infant|elderly|child")),

    /** No heating in the cold, or no food left. */
    NO_HEAT_OR_FOOD(any("断粮|没有?吃的了|没有?饭吃|没东西吃|没.{0,2}吃饭|(食物|吃的|粮食).{0,6}(吃完|没了|用完)|饿了.{0,3}天|"
            + "挨饿|揭不开锅|饿得|一点吃的都没|啥都没了|(米|面|粮|奶粉|吃的)[^快基还]{0,6}(吃完|喝完|没了|用完)|"
            + "no food|starving|no heat|"
            + "(没有?暖气|暖气.{0,6}(停|冰凉|全凉|凉了|坏|爆|一点都不热|完全不热|彻底不热)|停暖|不供暖|供暖.{0,2}(中断|停)|没有?取暖)"
            + ".{0,40}(零下|冻得|冻坏|冰窖|哆嗦|扛不住|冻病|病|瘫|卧床|新生儿|婴儿|孩子|老人|手术)|"
            + "(零下|冻得|哆嗦).{0,40}(暖气|供热|供暖|取暖|电暖)|"
            + "(室温|屋里|室内|家里|屋子).{0,6}((?<![0-9])([0-9]|1[0-2])(?![0-9])|(?<![一二三四五六七八九十0-9])[一二三四五六七八九]度|(?<![一二三四五六七八九])十[一二]?度)")),

    /** Gas leaking, or someone poisoned by it. */
    GAS(any("[燃煤][气汽]味|[燃煤][气汽]管.{0,6}(破|漏|裂|断)|天然[气汽]味|[燃煤][气汽].{0,4}(泄漏|泄露|漏)|天然[气汽].{0,4}泄|漏气|"
            + "一氧化碳|煤气中毒|燃气中毒|gas leak|smell of gas|smells? gas")),

    /** Fire, smoke, sparks. Fire lanes and extinguishers are not fires. */
    FIRE(any("(?<!打不|点不)着火|起火|失火|火灾|冒烟|冒白烟|冒黑烟|浓烟|火苗|火花|烧焦|焦味|(?<!消防)火警|119|on fire|\\bfire\\b|smoke|sparks")),

    /** Someone who cannot find their way home is missing. */
    WANDERING(any("(?<!差点|防|宠物|狗)(走失|走丢|走散)(?!.{0,2}(宠物|狗|猫))|失踪|至今未归|"
            + "(老人|老太|大爷|大妈|奶奶|爷爷|姥姥|姥爷|外公|外婆|父亲|母亲|我爸|我妈|老伴|痴呆|阿尔茨海默|糊涂|认知).{0,60}"
            + "(找不到了|找不着|找都找不|不见了|没回来|没回家|还没回|未归|人就没了|失联)|"
            + "(father|mother|grandma|grandpa|grandfather|grandmother|elderly|dementia).{0,40}(missing|lost|wandered|not come back|n'?t come back)")),

    /** Someone who lives alone or is frail cannot be reached. */
    UNREACHABLE(both("独居|一个人住|一个人在家|老人家|奶奶|爷爷|姥姥|姥爷|外婆|外公|我爸|我妈|父亲|母亲|老伴|老太太|老大爷|老伯|阿婆",
            "(她|他|老人)的?电话.{0,10}(没人接|不接|打不通)|(打|拨)(她|他|老人)的?电话.{0,10}(没人接|不接|打不通)|"
                    + "电话.{0,6}一直(没人接|无人接听|不接)|打了.{0,6}电话.{0,4}(都|也)?没人接|联系不上|"
                    + "(敲门|叫门).{0,10}(没人应|不应|没反应|没人开)|没见人|没出门|没见.{0,4}出来")),

    /** A child, or someone who cannot look after themselves, left alone. */
    LEFT_ALONE(any("(孩子|小孩|小朋友|儿童|宝宝|婴儿|女儿|儿子|孙子|孙女|外孙|瘫痪|卧床|失能|残疾).{0,20}"
            + "(一个人在家|独自在家|自己在家|单独在家|没人照顾|无人照顾|无人照看|没人看|没人管|没人照看|一个人在家哭)|"
            + "(child|kid|baby).{0,20}alone")),

    /** Someone trapped or threatened, or a danger in the street or the building: an open manhole, a ceiling coming down. */
    DANGER(any("困在电梯|被困(?!了)|关在电梯|电梯.{0,4}困(?!难)|(暖气|水管|管道|管子).{0,4}(爆|冻裂|裂开)|家暴|打人|持刀|砍人|威胁.{0,4}杀|"
            + "井盖.{0,6}(没了|缺失|丢了|不见|掀)|(井|下水井)的?盖子.{0,6}(掀|没了|丢)|电梯.{0,4}卡在|"
            + "砸到人|砸伤|悬着|(快|要)倒了|可疑.{0,4}(包|物品)|爆炸|炸弹|积水.{0,20}(人在|困)|熄火在|"
            + "(要|快|会)塌|塌下来|坍塌|触电|漏电|trapped|manhole"));

    /** All of them must be found in the text. */
    private final Pattern[] patterns;

    SafetySignal(Pattern... patterns) {
        this.patterns = patterns;
    }

    /** The signals in a text. */
    public static Set<SafetySignal> in(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase();
        Set<SafetySignal> found = EnumSet.noneOf(SafetySignal.class);
        for (SafetySignal signal : values()) {
            if (signal.isIn(folded)) {
                found.add(signal);
            }
        }
        return found;
    }

    private boolean isIn(String folded) {
        for (Pattern pattern : patterns) {
            if (!pattern.matcher(folded).find()) {
                return false;
            }
        }
        return true;
    }

    private static Pattern[] any(String alternatives) {
        return new Pattern[] {Pattern.compile(alternatives)};
    }

    /** Both parts anywhere in the text, in either order. */
    private static Pattern[] both(String first, String second) {
        return new Pattern[] {Pattern.compile(first), Pattern.compile(second)};
    }
}
