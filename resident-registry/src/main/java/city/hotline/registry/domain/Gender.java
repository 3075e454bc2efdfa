package city.hotline.registry.domain;

/** Only used to address a resident politely by surname: 魏先生, 张女士. */
public enum Gender {
    MALE,
    FEMALE
}
