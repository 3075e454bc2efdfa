package city.hotline.registry.service;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.NotFoundException;

import city.hotline.registry.domain.AgeBand;
import city.hotline.registry.domain.ContactChannel;
import city.hotline.registry.domain.Gender;
import city.hotline.registry.domain.VulnerabilityTag;
import city.hotline.registry.repository.BuildingRepository;
import city.hotline.registry.repository.CommunityRepository;
import city.hotline.web.InvalidInputException;

/**
 * Imports a community's register of households and residents from CSV, as community workers keep
 * it in a spreadsheet. Each row is checked on its own; the file is written all or nothing unless a
 * partial import is asked for; a row that says what the registry already holds changes nothing, so
 * importing the same file again is harmless. Standing needs are not in the file and are kept.
 */
@ApplicationScoped
public class ResidentImport {

    /** The header the file must start with, in this order. */
    public static final List<String> HEADER = List.of("compound", "building", "unit", "door", "name", "gender",
            "phone", "age_band", "tags", "preferred_channel", "contact_consent", "share_consent");

    /** Longer than any honest row; a longer line is refused before it is read whole. */
    public static final int MAX_LINE_LENGTH = 1_000;

    /** Rows in one file: a large community has some ten thousand residents. */
    public static final int MAX_ROWS = 20_000;

    private final CommunityRepository communities;
    private final BuildingRepository buildings;
    private final ResidentRegister register;
    private final Validator validator;

    ResidentImport(CommunityRepository communities, BuildingRepository buildings, ResidentRegister register,
            Validator validator) {
        this.communities = communities;
        this.buildings = buildings;
        this.register = register;
        this.validator = validator;
    }

    /**
     * @param partial write the accepted rows even when some are rejected
     * @param generated mark what the file creates as generated demo data
     */
    @Transactional
    public ImportReport importCsv(String communityCode, Reader csv, boolean partial, boolean generated)
            throws IOException {
        if (communities.findByIdOptional(communityCode).isEmpty()) {
            throw new NotFoundException("no community has the code " + communityCode);
        }
        CsvReader reader = new CsvReader(csv, MAX_LINE_LENGTH);
        CsvFields.requireHeader(reader.next(), HEADER);
        Map<Integer, ResidentForm> accepted = new LinkedHashMap<>();
        List<ImportReport.RejectedRow> rejected = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Boolean> knownBuildings = new HashMap<>();
        int rows = 0;
        for (List<String> row = reader.next(); row != null; row = reader.next()) {
            if (++rows > MAX_ROWS) {
                throw new InvalidInputException("rows", "a file holds at most " + MAX_ROWS + " rows");
            }
            int line = reader.line();
            try {
                ResidentForm form = form(communityCode, row);
                String problems = validator.validate(form).stream()
                        .map(ResidentImport::describe).sorted().collect(Collectors.joining("; "));
                if (!problems.isEmpty()) {
                    throw new IllegalArgumentException(problems);
                }
                if (!knownBuildings.computeIfAbsent(form.building(),
                        building -> buildings.byQualifiedName(communityCode, building).isPresent())) {
                    throw new IllegalArgumentException("building " + form.building() + " is not a building of "
                            + communityCode);
                }
                Integer earlier = seen.putIfAbsent(form.building() + "|" + form.unit() + "|" + form.door() + "|"
                        + form.name(), line);
                if (earlier != null) {
                    throw new IllegalArgumentException("the same resident as line " + earlier);
                }
                accepted.put(line, form);
            } catch (IllegalArgumentException refused) {
                rejected.add(new ImportReport.RejectedRow(line, refused.getMessage()));
            }
        }
        if (!rejected.isEmpty() && !partial) {
            return new ImportReport(rows, accepted.size(), 0, 0, 0, rejected, false);
        }
        SaveCounts saved = register.saveAll(List.copyOf(accepted.values()), generated);
        return new ImportReport(rows, accepted.size(), saved.created(), saved.updated(), saved.unchanged(),
                rejected, true);
    }

    private static ResidentForm form(String communityCode, List<String> row) {
        if (row.size() != HEADER.size()) {
            throw new IllegalArgumentException("has " + row.size() + " fields, not " + HEADER.size());
        }
        Map<String, String> field = new HashMap<>();
        for (int i = 0; i < HEADER.size(); i++) {
            field.put(HEADER.get(i), row.get(i).strip());
        }
        return new ResidentForm(communityCode, field.get("compound") + "/" + field.get("building"),
                field.get("unit"), field.get("door"), field.get("name"),
                CsvFields.optional(Gender.class, "gender", field.get("gender")),
                field.get("phone").isEmpty() ? null : field.get("phone"),
                CsvFields.optional(AgeBand.class, "age_band", field.get("age_band")),
                CsvFields.enums(VulnerabilityTag.class, "tags", field.get("tags")),
                CsvFields.optional(ContactChannel.class, "preferred_channel", field.get("preferred_channel")),
                CsvFields.yesNo("contact_consent", field.get("contact_consent")),
                CsvFields.yesNo("share_consent", field.get("share_consent")),
                null);
    }

    private static String describe(ConstraintViolation<ResidentForm> violation) {
        String property = violation.getPropertyPath().toString();
        String column = switch (property) {
            case "ageBand" -> "age_band";
            case "preferredChannel" -> "preferred_channel";
            default -> property;
        };
        return column + " " + violation.getMessage();
    }
}
