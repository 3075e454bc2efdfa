package city.hotline.registry.rest;

import static city.hotline.security.Role.Names.ADMIN;
import static city.hotline.security.Role.Names.COMMUNITY_SYSTEM;
import static city.hotline.security.Role.Names.WORKER;

import java.io.IOException;
import java.io.InputStream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import city.hotline.registry.service.ResidentImport;
import city.hotline.security.Caller;
import city.hotline.web.Problem;

@Path("/api/communities/{code}/residents")
@Tag(name = "Residents")
public class ResidentImportResource {

    private final ResidentImport residentImport;
    private final Caller caller;

    ResidentImportResource(ResidentImport residentImport, Caller caller) {
        this.residentImport = residentImport;
        this.caller = caller;
    }

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(summary = "Import a community's register of households and residents (CSV, UTF-8)",
            description = "Header: compound,building,unit,door,name,gender,phone,age_band,tags,preferred_channel,"
                    + "contact_consent,share_consent. Tags separated by |. Residents are matched by household and "
                    + "name: a row that says what the registry holds changes nothing. All or nothing unless "
                    + "partial=true. Lines of at most 1,000 characters, at most 20,000 rows, 4 MB.")
    @APIResponse(responseCode = "200", description = "The report: rows accepted, created, updated, unchanged, rejected")
    @APIResponse(responseCode = "400", description = "Wrong header, an over-long line, or (all or nothing) rejected "
            + "rows, each named in errors as 'line N'; nothing written")
    @APIResponse(responseCode = "404", description = "No community has this code")
    @APIResponse(responseCode = "413", description = "The file is larger than 4 MB; nothing written")
    @RolesAllowed({ADMIN, WORKER, COMMUNITY_SYSTEM})
    @APIResponse(responseCode = "403", description = "Not the caller's community")
    public Response importCsv(@PathParam("code") @Pattern(regexp = "\\d{12}") String code,
            @QueryParam("partial") @DefaultValue("false")
            @Parameter(description = "write the accepted rows even when some are rejected") boolean partial,
            InputStream csv) throws IOException {
        caller.checkMaySee(code);
        return CsvUpload.answer(csv, "/api/communities/" + code + "/residents",
                reader -> residentImport.importCsv(code, reader, partial, false));
    }
}
