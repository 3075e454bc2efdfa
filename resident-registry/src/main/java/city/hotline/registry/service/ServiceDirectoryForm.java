package city.hotline.registry.service;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import city.hotline.registry.domain.ServiceKind;

/** A community's service directory (便民卡) as it hands it out. */
public record ServiceDirectoryForm(@NotNull @Size(max = 30) List<@NotNull @Valid Line> lines) {

    /** @param phone a mobile, a landline with area code, or a service hotline such as 96777 */
    public record Line(
            @NotNull ServiceKind kind,
            @NotBlank @Size(max = 100) @Schema(examples = "燃气服务热线") String name,
            @NotBlank @Pattern(regexp = "1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}|\\d{3,8}",
                    message = "must be a mobile, a landline with area code or a service hotline")
            @Schema(examples = "96777") String phone,
            @Size(max = 50) @Schema(examples = "24小时") String hours,
            @Size(max = 300) String note) {
    }
}
