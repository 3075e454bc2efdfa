package city.hotline.intake.rest;

import static city.hotline.security.Role.Names.ADMIN;
import static city.hotline.security.Role.Names.ANALYST;
import static city.hotline.security.Role.Names.OPERATOR;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import city.hotline.classifier.LabelledCall;
import city.hotline.classifier.LabelledCalls;
import city.hotline.intake.service.Classification;
import city.hotline.intake.service.ClassificationCorrecting;
import city.hotline.intake.service.Classifier;

@Path("/api/classifications")
@Tag(name = "Classifications", description = "How a call's text would be classified, and what operators corrected")
public class ClassificationResource {

    /** The corrections file: the classifier's training format, see docs/classifier.md. */
    static final String TAB_SEPARATED = "text/tab-separated-values";

    /** @param text the call's text as recorded */
    public record ClassificationRequest(
            @NotBlank @Size(max = 4000) @Schema(example = "我家老人在透析，小区封控出不去，请社区帮忙协调车辆") String text) {
    }

    private final Classifier classifier;
    private final ClassificationCorrecting correcting;

    ClassificationResource(Classifier classifier, ClassificationCorrecting correcting) {
        this.classifier = classifier;
        this.correcting = correcting;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Classify a text", description = "Type, urgency, category, confidence, whether an operator "
            + "should review it, and the safety signals that made it URGENT; stores nothing.")
    @APIResponse(responseCode = "200", description = "The classification")
    @APIResponse(responseCode = "400", description = "No text, a blank one, one over 4,000 characters, or no JSON")
    @RolesAllowed({ADMIN, OPERATOR, ANALYST})
    public Classification classify(@NotNull @Valid ClassificationRequest request) {
        return classifier.classify(request.text());
    }

    @GET
    @Path("/corrections")
    @Produces(TAB_SEPARATED + ";charset=UTF-8")
    @Operation(summary = "Operators' corrections, as training data", description = "Every call an operator "
            + "corrected, with its labels as they now stand, in the classifier's training format (UTF-8, tab-separated, "
            + "a header row: id, text, type, urgency, category). Save it and pass it to the classifier's trainer.")
    @APIResponse(responseCode = "200", description = "The corrected calls; only the header when there are none")
    @RolesAllowed(ADMIN)
    public String corrections() {
        StringBuilder file = new StringBuilder(String.join("\t", LabelledCalls.COLUMNS)).append('\n');
        correcting.correctedCalls().forEach(call -> file.append(LabelledCalls.toTsv(new LabelledCall(
                call.id.toString(), call.text, call.type, call.urgency, call.category))).append('\n'));
        return file.toString();
    }
}
