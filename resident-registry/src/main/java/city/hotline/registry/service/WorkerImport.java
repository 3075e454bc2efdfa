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

import city.hotline.registry.domain.WorkerDuty;
import city.hotline.registry.domain.WorkerRole;
import city.hotline.registry.repository.BuildingRepository;
import city.hotline.registry.repository.CommunityRepository;
import city.hotline.web.InvalidInputException;

/**
 * Imports a community's workers and the buildings they answer for from CSV, as the community keeps its
 * roster in a spreadsheet. Like the register of residents: each row checked on its own, the file written
 * all or nothing unless a partial import is asked for, and a row that says what the registry holds changes
 * nothing (workers are matched by name within the community), so importing the same file again is harmless.
 */
@ApplicationScoped
public class WorkerImport {

    /** The header the file must start with, in this order. */
    public static final List<String> HEADER = List.of("name", "role", "title", "phone", "buildings", "duties",
            "on_duty");

    /** A butler of many buildings makes a long line; longer than this is not a roster. */
    public static final int MAX_LINE_LENGTH = 2_000;

    /** Rows in one file: a community has tens of workers, a street's volunteers a few thousand. */
    public static final int MAX_ROWS = 5_000;

    private final CommunityRepository communities;
    private final BuildingRepository buildings;
    private final WorkerRoster roster;
    private final Validator validator;

    WorkerImport(CommunityRepository communities, BuildingRepository buildings, WorkerRoster roster,
            Validator validator) {
        this.communities = communities;
        this.buildings = buildings;
        this.roster = roster;
        this.validator = validator;
    }

    /** @param partial write the accepted rows even when some are rejected */
    @Transactional
    public ImportReport importCsv(String communityCode, Reader csv, boolean partial) throws IOException {
        if (communities.findByIdOptional(communityCode).isEmpty()) {
            throw new NotFoundException("no community has the code " + communityCode);
        }
        CsvReader reader = new CsvReader(csv, MAX_LINE_LENGTH);
        CsvFields.requireHeader(reader.next(), HEADER);
        Map<Integer, WorkerForm> accepted = new LinkedHashMap<>();
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
                WorkerForm form = form(communityCode, row);
                String problems = validator.validate(form).stream()
                        .map(WorkerImport::describe).sorted().collect(Collectors.joining("; "));
                if (!problems.isEmpty()) {
                    throw new IllegalArgumentException(problems);
                }
                for (String building : form.buildings()) {
                    if (!knownBuildings.computeIfAbsent(building,
                            name -> buildings.byQualifiedName(communityCode, name).isPresent())) {
                        throw new IllegalArgumentException("building " + building + " is not a building of "
                                + communityCode);
                    }
                }
                Integer earlier = seen.putIfAbsent(form.name(), line);
                if (earlier != null) {
                    throw new IllegalArgumentException("the same worker as line " + earlier);
                }
                accepted.put(line, form);
            } catch (IllegalArgumentException refused) {
                rejected.add(new ImportReport.RejectedRow(line, refused.getMessage()));
            }
        }
        if (!rejected.isEmpty() && !partial) {
            return new ImportReport(rows, accepted.size(), 0, 0, 0, rejected, false);
        }
        SaveCounts saved = roster.saveAll(List.copyOf(accepted.values()));
        return new ImportReport(rows, accepted.size(), saved.created(), saved.updated(), saved.unchanged(),
                rejected, true);
    }

    /** Buildings as {@code compound/building} separated by {@code |}; duties likewise; on_duty true when empty. */
    private static WorkerForm form(String communityCode, List<String> row) {
        if (row.size() != HEADER.size()) {
            throw new IllegalArgumentException("has " + row.size() + " fields, not " + HEADER.size());
        }
        Map<String, String> field = new HashMap<>();
        for (int i = 0; i < HEADER.size(); i++) {
            field.put(HEADER.get(i), row.get(i).strip());
        }
        String onDuty = field.get("on_duty");
        return new WorkerForm(communityCode, field.get("name"),
                CsvFields.optional(WorkerRole.class, "role", field.get("role")),
                field.get("title").isEmpty() ? null : field.get("title"),
                field.get("phone").isEmpty() ? null : field.get("phone"),
                CsvFields.list(field.get("buildings")),
                CsvFields.enums(WorkerDuty.class, "duties", field.get("duties")),
                onDuty.isEmpty() || CsvFields.yesNo("on_duty", onDuty));
    }

    private static String describe(ConstraintViolation<WorkerForm> violation) {
        String property = violation.getPropertyPath().toString();
        return (property.equals("onDuty") ? "on_duty" : property) + " " + violation.getMessage();
    }
}
