package city.hotline.intake.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import city.hotline.intake.service.Classification;
import city.hotline.intake.service.KeywordClassifier;

@Path("/api/classifications")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Classifications", description = "How a call's text would be classified, without taking it")
public class ClassificationResource {

    /** @param text the call's text as recorded */
    public record ClassificationRequest(@NotBlank @Size(max = 4000) String text) {
    }

    private final KeywordClassifier classifier;

    ClassificationResource(KeywordClassifier classifier) {
        this.classifier = classifier;
    }

    @POST
    @Operation(summary = "Classify a text", description = "Type, urgency, category and confidence; stores nothing.")
    public Classification classify(@NotNull @Valid ClassificationRequest request) {
        return classifier.classify(request.text());
    }
}
