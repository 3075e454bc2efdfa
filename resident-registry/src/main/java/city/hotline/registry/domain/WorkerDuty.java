package city.hotline.registry.domain;

/**
 * What a worker does in the community's work: the "eight roles" (八大员) community workers took on
 * during a lockdown (article 004), and hotline duty.
 */
public enum WorkerDuty {
    /** 守门员: keeps the gate. */
    GATEKEEPER,
    /** 监督员: sees that the rules are kept. */
    SUPERVISOR,
    /** 疏导员: calms and counsels residents. */
    COUNSELLOR,
    /** 采购员: buys for residents who cannot go out. */
    PURCHASER,
    /** 协调员: arranges transport, hospitals, deliveries. */
    COORDINATOR,
    /** 排查员: goes door to door checking who lives where. */
    INVESTIGATOR,
    /** 宣传员: explains the rules and notices. */
    PUBLICIST,
    /** 勤务员: runs errands. */
    ORDERLY,
    /** 接诉值守: answers the community's 12345 tickets. */
    HOTLINE_DUTY
}
