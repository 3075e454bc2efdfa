package city.hotline.registry.domain;

/** What a line of the service directory (便民卡) is for. */
public enum ServiceKind {
    /** 液化气罐 / 煤气罐. */
    GAS_CYLINDER,
    /** 水电气抢修. */
    EMERGENCY_REPAIR,
    /** 蔬菜保供点. */
    VEGETABLES,
    /** 老年餐. */
    ELDERLY_MEALS,
    /** 买药就医. */
    MEDICINE,
    /** 其他紧急情况. */
    OTHER_EMERGENCY
}
