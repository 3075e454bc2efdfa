package city.hotline.events;

/** A resident removed from the registry (moved away, died, entered by mistake): forget them. */
public record ResidentRemoved(String residentId, String communityCode, long householdId) {
}
