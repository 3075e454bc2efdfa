package city.hotline.events;

/** What the caller wants: 表扬 / 投诉 / 求助 / 咨询 / 建议. */
public enum CallType {
    PRAISE, COMPLAINT, REQUEST, CONSULTATION, SUGGESTION;

    /** Complaints and requests need someone to act: they become tickets (工单). */
    public boolean opensTicket() {
        return this == COMPLAINT || this == REQUEST;
    }
}
