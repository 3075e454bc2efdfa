package city.hotline.notification.channel;

import java.net.URI;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import city.hotline.notification.config.NotificationConfig;
import city.hotline.notification.domain.DeliveryChannel;

/** SMS and WeChat: the same JSON POST, each to the gateway configured for it. */
public class GatewayChannels {

    @Produces
    @ApplicationScoped
    Channel sms(HttpPoster poster, ObjectMapper json, NotificationConfig config) {
        return new Gateway(DeliveryChannel.SMS, config.gateway().sms(), poster, json);
    }

    @Produces
    @ApplicationScoped
    Channel wechat(HttpPoster poster, ObjectMapper json, NotificationConfig config) {
        return new Gateway(DeliveryChannel.WECHAT, config.gateway().wechat(), poster, json);
    }

    record Gateway(DeliveryChannel kind, URI endpoint, HttpPoster poster, ObjectMapper json) implements Channel {

        @Override
        public void send(Outgoing outgoing) {
            String body;
            try {
                body = json.writeValueAsString(new GatewayMessage(outgoing.address(), outgoing.body(),
                        outgoing.deliveryId().toString()));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            poster.post(endpoint, outgoing.deliveryId(), "application/json", body, Map.of());
        }
    }
}
