package city.hotline.intake.rest;

import static city.hotline.security.Role.Names.ADMIN;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import city.hotline.intake.domain.PolicyAnswer;
import city.hotline.intake.service.PolicyAnswerInput;
import city.hotline.intake.service.PolicyAnswers;
import io.quarkus.security.Authenticated;

@Path("/api/answers")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Policy answers", description = "知识库: the answers operators give to consultations")
public class PolicyAnswerResource {

    private final PolicyAnswers answers;

    PolicyAnswerResource(PolicyAnswers answers) {
        this.answers = answers;
    }

    /** An answer as the knowledge base holds it. */
    public record AnswerView(UUID id, String question, String answer, String category, List<String> keywords,
            String validFrom, String validUntil) {

        static AnswerView of(PolicyAnswer answer) {
            return new AnswerView(answer.id, answer.question, answer.answer,
                    answer.category == null ? null : answer.category.name(), List.copyOf(answer.keywords),
                    answer.validFrom.toString(), answer.validUntil == null ? null : answer.validUntil.toString());
        }
    }

    @POST
    @Operation(summary = "Add a policy answer", description = "A consultation received while the answer is "
            + "current, of its category (or any, when none is given), with one of its keywords in the text, is "
            + "answered on the call and opens no ticket.")
    @APIResponse(responseCode = "201", description = "The answer is in the knowledge base")
    @APIResponse(responseCode = "400", description = "A field missing or invalid, or the period ends before it starts")
    @RolesAllowed(ADMIN)
    public Response create(@NotNull @Valid PolicyAnswerInput input) {
        PolicyAnswer created = answers.create(input);
        return Response.created(URI.create("/api/answers/" + created.id)).entity(AnswerView.of(created)).build();
    }

    @GET
    @Operation(summary = "Every policy answer, latest valid first")
    @Authenticated
    public List<AnswerView> list() {
        return answers.all().stream().map(AnswerView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One policy answer")
    @APIResponse(responseCode = "404", description = "No answer has this id")
    @Authenticated
    public AnswerView get(@PathParam("id") UUID id) {
        return AnswerView.of(answers.find(id));
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Change a policy answer", description = "Calls already answered keep the text they were told.")
    @APIResponse(responseCode = "404", description = "No answer has this id")
    @RolesAllowed(ADMIN)
    public AnswerView update(@PathParam("id") UUID id, @NotNull @Valid PolicyAnswerInput input) {
        return AnswerView.of(answers.update(id, input));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Remove a policy answer", description = "To end an answer but keep it, give it a validUntil.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No answer has this id")
    @RolesAllowed(ADMIN)
    public void delete(@PathParam("id") UUID id) {
        answers.delete(id);
    }
}
