package city.hotline.intake.service;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import city.hotline.events.Category;

/** A policy answer as the knowledge base's editors enter it. */
public record PolicyAnswerInput(
        @NotBlank @Size(max = 200) @Schema(example = "超市还查核酸检测结果吗") String question,
        @NotBlank @Size(max = 2000) @Schema(example = "自2022年12月5日起，超市、商场等场所不再查验核酸检测阴性结果。")
        String answer,
        @Schema(description = "null for any category", example = "EPIDEMIC_CONTROL") Category category,
        @NotEmpty @Size(max = 20) @Schema(example = "[\"超市\", \"核酸\"]") List<@NotBlank @Size(max = 50) String> keywords,
        @NotNull @Schema(example = "2022-12-05") LocalDate validFrom,
        @Schema(description = "Last day it is current; null while no end is known") LocalDate validUntil) {
}
