package city.hotline.registry.rest;

import static city.hotline.security.Role.Names.ADMIN;
import static city.hotline.security.Role.Names.OPERATOR;
import static city.hotline.security.Role.Names.SUPERVISOR;
import static city.hotline.security.Role.Names.WORKER;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import city.hotline.registry.domain.Privacy;
import city.hotline.registry.domain.Resident;
import city.hotline.registry.repository.BuildingRepository;
import city.hotline.registry.repository.ResidentRepository;
import city.hotline.registry.service.PlaceMatcher;

@Path("/api/lookup")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Lookup", description = "Placing a call: a free-text address or a caller's number to a building and community")
@Transactional(Transactional.TxType.SUPPORTS)
public class LookupResource {

    /** A household the number belongs to, with the resident masked as in lists. */
    public record PhoneMatch(long householdId, String address, String communityCode, String communityName,
            String residentId, String name, List<String> tags) {

        static PhoneMatch of(Resident resident) {
            return new PhoneMatch(resident.household.id, resident.household.address(),
                    resident.household.community().code, resident.household.community().name,
                    resident.id.toString(), Privacy.maskName(resident.name, resident.gender),
                    resident.tags.stream().sorted().map(Enum::name).toList());
        }
    }

    private final BuildingRepository buildings;
    private final ResidentRepository residents;

    LookupResource(BuildingRepository buildings, ResidentRepository residents) {
        this.buildings = buildings;
        this.residents = residents;
    }

    @GET
    @Path("/place")
    @Operation(summary = "The buildings, compounds or communities a free-text address names, best match first",
            description = "Matches the registry's names inside the text, the longest first: 广立南区9号楼 → that "
                    + "building, 东四二条11号院 → the compound, 钟楼湾社区 → the community. Not a geocoder.")
    @RolesAllowed({ADMIN, OPERATOR, SUPERVISOR, WORKER})
    public List<PlaceMatcher.Match> place(
            @QueryParam("q") @NotBlank @Size(max = 200) @Parameter(example = "东四二条11号院") String q,
            @QueryParam("limit") @DefaultValue("5") @Min(1) @Max(50) int limit) {
        List<PlaceMatcher.Place> places = buildings.allWithPlaces().stream()
                .map(building -> new PlaceMatcher.Place(building.compound.community.code,
                        building.compound.community.name, building.compound.name, building.qualifiedName()))
                .toList();
        return PlaceMatcher.match(q, places, limit);
    }

    @GET
    @Path("/phone")
    @Operation(summary = "The households a caller's number is registered to, with their community",
            description = "How intake places a call from a known number. +86, spaces and dashes are ignored. "
                    + "Names are masked as in lists.")
    @RolesAllowed({ADMIN, OPERATOR})
    public List<PhoneMatch> phone(
            @QueryParam("number") @NotBlank @Pattern(regexp = "[+0-9 -]{5,20}") @Parameter(example = "13800001201")
            String number) {
        return residents.byPhone(number).stream().map(PhoneMatch::of).toList();
    }
}
