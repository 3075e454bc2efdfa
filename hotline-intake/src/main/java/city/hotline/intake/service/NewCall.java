package city.hotline.intake.service;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import city.hotline.intake.domain.Channel;

/** A call as the operator logs it. */
public record NewCall(
        @NotBlank @Size(max = 4000)
        @Schema(description = "The call's text as recorded", example = "东四二条11号院3号楼独居老人家里没有暖气了，老人发烧，请社区尽快来人")
        String text,
        @Pattern(regexp = "\\+?[0-9-]{5,20}") @Schema(example = "13800001234") String callerPhone,
        @Size(max = 50) @Schema(example = "张女士") String callerName,
        @Schema(description = "Defaults to PHONE") Channel channel,
        @Schema(description = "When the call came in (ISO-8601 with offset); defaults to now")
        OffsetDateTime receivedAt,
        @Pattern(regexp = "\\d{12}") @Schema(description = "12-digit community code", example = "110101005001")
        String communityCode,
        @Size(max = 200) @Schema(example = "东四二条11号院3号楼") String address) {
}
