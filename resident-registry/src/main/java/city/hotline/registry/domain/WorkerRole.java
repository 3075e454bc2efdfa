package city.hotline.registry.domain;

/** Who a worker is in the community. */
public enum WorkerRole {
    /** 书记 / 主任: leads the community and receives its escalations. */
    SECRETARY,
    /** 社工: community worker. */
    COMMUNITY_WORKER,
    /** 网格员: answers for a grid of buildings. */
    GRID_WORKER,
    /** 楼长 / 私人管家: answers for given buildings. */
    BUILDING_HEAD,
    /** 志愿者. */
    VOLUNTEER,
    /** 物业: staff of a property company. */
    PROPERTY_STAFF,
    /** Staff of a partner unit of the service directory (便民卡). */
    PARTNER
}
