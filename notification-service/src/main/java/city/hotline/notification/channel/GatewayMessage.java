package city.hotline.notification.channel;

/**
 * What the SMS and WeChat gateways are sent.
 *
 * @param to        the recipient's phone number
 * @param text      the message
 * @param reference the delivery id, for the gateway's receipts and its own deduplication
 */
public record GatewayMessage(String to, String text, String reference) {
}
