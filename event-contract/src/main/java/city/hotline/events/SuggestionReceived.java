package city.hotline.events;

import java.time.OffsetDateTime;

/**
 * 建议: a call suggesting something to the community, forwarded to it without a deadline (no
 * ticket). Published on the community's dispatch topic too, so community systems receive it.
 *
 * @param text the suggestion as recorded
 */
public record SuggestionReceived(
        String callId,
        String communityCode,
        Category category,
        String text,
        OffsetDateTime receivedAt) {
}
