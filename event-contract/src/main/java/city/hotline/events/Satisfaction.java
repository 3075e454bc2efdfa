package city.hotline.events;

/** What the caller says of the handling at the follow-up (回访): 满意 / 基本满意 / 不满意. */
public enum Satisfaction {
    SATISFIED, BASICALLY_SATISFIED, UNSATISFIED
}
