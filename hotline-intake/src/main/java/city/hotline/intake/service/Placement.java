package city.hotline.intake.service;

/**
 * Where a call is from.
 *
 * @param building {@code compound/building}, or null when only the community is known
 */
public record Placement(String communityCode, String building) {
}
