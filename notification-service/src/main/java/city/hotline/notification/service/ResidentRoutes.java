package city.hotline.notification.service;

import city.hotline.notification.domain.DeliveryChannel;
import city.hotline.notification.domain.Resident;

/**
 * How a resident is reached: by phone in the channel they prefer (WeChat, else the given text
 * channel), with a door visit by their building's worker if the phone fails; by a door visit alone
 * when they prefer one or have no phone.
 */
final class ResidentRoutes {

    private ResidentRoutes() {
    }

    static Notice.Route of(Resident resident, DeliveryChannel textChannel) {
        Notice.Route visit = new Notice.Route(DeliveryChannel.DOOR_VISIT, resident.building);
        if (resident.phone == null || resident.phone.isBlank() || "DOOR_VISIT".equals(resident.preferredChannel)) {
            return visit;
        }
        DeliveryChannel channel = "WECHAT".equals(resident.preferredChannel) ? DeliveryChannel.WECHAT : textChannel;
        return new Notice.Route(channel, resident.phone, visit);
    }
}
