package city.hotline.registry.rest;

import static city.hotline.security.Role.Names.ADMIN;
import static city.hotline.security.Role.Names.COMMUNITY_SYSTEM;
import static city.hotline.security.Role.Names.OPERATOR;
import static city.hotline.security.Role.Names.SUPERVISOR;
import static city.hotline.security.Role.Names.WORKER;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import city.hotline.registry.repository.CommunityRepository;
import city.hotline.registry.repository.HouseholdRepository;
import city.hotline.registry.repository.ResidentRepository;
import city.hotline.registry.repository.WorkerRepository;
import city.hotline.security.Caller;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;

@Path("/api/communities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Communities", description = "社区: the communities that own tickets")
@Transactional(Transactional.TxType.SUPPORTS)
public class CommunityResource {

    private final CommunityRepository communities;
    private final WorkerRepository workers;
    private final HouseholdRepository households;
    private final ResidentRepository residents;
    private final Caller caller;

    CommunityResource(CommunityRepository communities, WorkerRepository workers, HouseholdRepository households,
            ResidentRepository residents, Caller caller) {
        this.communities = communities;
        this.workers = workers;
        this.households = households;
        this.residents = residents;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Every community, by code")
    @Authenticated
    public List<CommunitySummary> list() {
        return communities.listAll(Sort.by("code")).stream().map(CommunitySummary::of).toList();
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "One community with its compounds, buildings and workers")
    @APIResponse(responseCode = "404", description = "No community has this code")
    @Authenticated
    public CommunityDetail get(@PathParam("code") String code) {
        return communities.findByIdOptional(code)
                .map(community -> CommunityDetail.of(community, workers.ofCommunity(code),
                        households.countInCommunity(code), residents.countInCommunity(code)))
                .orElseThrow(() -> new NotFoundException("no community has the code " + code));
    }

    @GET
    @Path("/{code}/special-needs")
    @Operation(summary = "特殊人群需求保障清单: the community's vulnerable residents and their standing needs",
            description = "Residents with at least one vulnerability tag, names and phones masked as in lists.")
    @APIResponse(responseCode = "404", description = "No community has this code")
    @RolesAllowed({ADMIN, OPERATOR, SUPERVISOR, WORKER, COMMUNITY_SYSTEM})
    @APIResponse(responseCode = "403", description = "The community is outside the caller's unit")
    public List<SpecialNeedsEntry> specialNeeds(@PathParam("code") String code) {
        caller.checkMaySee(code);
        if (communities.findByIdOptional(code).isEmpty()) {
            throw new NotFoundException("no community has the code " + code);
        }
        return residents.vulnerableOf(code).stream().map(SpecialNeedsEntry::of).toList();
    }
}
