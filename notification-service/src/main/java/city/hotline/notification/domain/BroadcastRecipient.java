package city.hotline.notification.domain;

/**
 * A person a broadcast names: reached by phone if they have one, else by a door visit to their building.
 *
 * @param building {@code compound/building}, as the registry names the buildings workers answer for
 */
public record BroadcastRecipient(String name, String phone, String building) {
}
