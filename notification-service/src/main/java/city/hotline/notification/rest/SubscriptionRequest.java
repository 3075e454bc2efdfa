package city.hotline.notification.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A community system asking for its community's ticket events at a URL. */
public record SubscriptionRequest(
        @Schema(example = "110101004001") @NotBlank @Pattern(regexp = "\\d{12}", message = "must be a 12-digit community code")
        String communityCode,
        @Schema(example = "https://zhonglouwan.example.cn/hotline/events") @NotBlank @Size(max = 500)
        String url,
        @Schema(description = "The signing key; generated and shown once when left out")
        @Size(min = 16, max = 100) String secret) {
}
