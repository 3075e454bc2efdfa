package city.hotline.events;

/** A control zone removed as entered by mistake (a zone that ended is lifted, not removed). */
public record ControlZoneRemoved(String zoneId, String communityCode) {
}
