package city.hotline.registry.domain;

/** What a standing need of a vulnerable resident is about. */
public enum NeedKind {
    /** 透析: a session at a hospital, on fixed days. */
    DIALYSIS,
    /** 续药: medicine to re-supply by a date. */
    MEDICINE_RESUPPLY,
    /** 上门核酸 / 上门服务: something done at home because the resident cannot go out. */
    HOME_SERVICE,
    /** 助餐: meals brought or served. */
    MEALS,
    OTHER
}
