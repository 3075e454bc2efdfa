package city.hotline.events;

/** URGENT when life, health or safety is at risk, or the matter is time-critical within hours. */
public enum Urgency {
    URGENT, NORMAL
}
