package city.hotline.dispatch.rest;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import city.hotline.events.Satisfaction;

/**
 * The bodies of the steps workers and supervisors take on a ticket. Free text is kept to 1000
 * characters so that a history step, which adds the worker's name, still fits.
 */
public final class WorkerStep {

    /** A worker's steps are recorded for the worker their token names; the body's id is for administrators. */
    static final String WORKER_ID = "the worker taking the step: a worker's own token names them (an id given must be "
            + "theirs); an administrator acting for a worker names them here";

    private WorkerStep() {
    }

    public record Accept(@Schema(description = WORKER_ID, example = "1c3f0a52-0000-4000-8000-000000000002") UUID workerId) {
    }

    public record Progress(@Schema(description = WORKER_ID) UUID workerId,
            @NotBlank @Size(max = 1000) @Schema(example = "已联系车队，周三早7点接魏先生去透析") String note) {
    }

    public record CallInHelp(@Schema(description = WORKER_ID) UUID workerId,
            @NotNull @Schema(example = "PARTNER") Role role,
            @NotBlank @Size(max = 1000) @Schema(example = "燃气管道漏气，请燃气公司师傅上门") String note) {
    }

    public record HandBack(@Schema(description = WORKER_ID) UUID workerId,
            @NotBlank @Size(max = 1000) @Schema(example = "不是本网格的楼栋") String reason) {
    }

    public record Resolve(@Schema(description = WORKER_ID) UUID workerId,
            @NotBlank @Size(max = 1000) @Schema(example = "已安排志愿者车辆，每周一三五接送透析") String result) {
    }

    public record FollowUp(@NotNull Boolean solved,
            @NotNull @Schema(example = "SATISFIED") Satisfaction satisfaction,
            @Size(max = 1000) @Schema(example = "魏先生表示问题已解决，感谢社区") String note) {
    }

    public record Reassign(@NotNull UUID workerId,
            @NotBlank @Size(max = 1000) @Schema(example = "原处理人休假，改派李社工") String reason) {
    }

    public record MarkComplex(
            @Schema(description = "the assignee marking it; left out when a supervisor does",
                    example = "1c3f0a52-0000-4000-8000-000000000002") UUID workerId,
            @NotBlank @Size(max = 1000) @Schema(example = "涉及小区管网改造，需燃气公司和物业共同施工") String reason) {
    }
}
