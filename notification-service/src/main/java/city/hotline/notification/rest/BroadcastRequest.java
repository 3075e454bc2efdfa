package city.hotline.notification.rest;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import city.hotline.notification.domain.Audience;
import city.hotline.notification.domain.DeliveryChannel;

/** A community office's message to many. */
public record BroadcastRequest(
        @Schema(example = "110101004001") @NotBlank @Pattern(regexp = "\\d{12}", message = "must be a 12-digit community code")
        String communityCode,
        @Schema(example = "明天（12月6日）上午8点起3号楼停水4小时，请提前储水。") @NotBlank @Size(max = 500)
        String message,
        @Schema(description = "WORKERS: every worker of the community; RECIPIENTS: the people listed in recipients; "
                + "RESIDENTS: every household of the community, narrowed by buildings and tags")
        @NotNull Audience audience,
        @Schema(description = "For audience RECIPIENTS: each with a phone, or a building for a door visit")
        @Size(max = 10_000) List<@Valid Recipient> recipients,
        @Schema(description = "For audience RESIDENTS: only these buildings", example = "[\"钟库胡同1号院/3号楼\"]")
        @Size(max = 1_000) List<@NotBlank String> buildings,
        @Schema(description = "For audience RESIDENTS: only households with a resident of one of these tags",
                example = "[\"DIALYSIS\"]")
        @Size(max = 20) List<@NotBlank String> tags,
        @Schema(description = "How those with a phone are reached: SMS (default) or WECHAT") DeliveryChannel channel,
        @Schema(description = "Sent at once even in quiet hours") boolean urgent,
        @Schema(description = "When to send; now if left out", example = "2022-12-05T18:00:00+08:00")
        OffsetDateTime sendAt,
        @Schema(description = "For audience RESIDENTS: only the buildings of this control zone (封控区/管控区), "
                + "as the registry announced it", example = "zone-110101004001-1")
        @Size(max = 64) String controlZoneId) {

    /** A person the broadcast names. */
    public record Recipient(
            @Schema(example = "魏先生") @Size(max = 50) String name,
            @Schema(example = "13800001234") @Pattern(regexp = "\\+?\\d{5,20}", message = "must be a phone number")
            String phone,
            @Schema(example = "钟库胡同1号院/1号楼") @Size(max = 100) String building) {
    }
}
