package city.hotline.registry.service;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import jakarta.ws.rs.NotFoundException;

import city.hotline.registry.repository.BuildingRepository;
import city.hotline.registry.repository.CommunityRepository;
import city.hotline.web.InvalidInputException;

/**
 * The row loop the register imports share: the header checked, each row made into a form and checked on its own
 * (its fields, its buildings, not the same record as an earlier row), and the accepted rows written all or nothing
 * unless a partial import is asked for. What a row means is the {@link CsvRecords} of each import.
 */
@ApplicationScoped
class CsvImporter {

    private final CommunityRepository communities;
    private final BuildingRepository buildings;
    private final Validator validator;

    CsvImporter(CommunityRepository communities, BuildingRepository buildings, Validator validator) {
        this.communities = communities;
        this.buildings = buildings;
        this.validator = validator;
    }

    /**
     * Runs in the caller's transaction.
     *
     * @param partial write the accepted rows even when some are rejected
     * @param save writes the accepted forms
     */
    <F> ImportReport importCsv(String communityCode, Reader csv, boolean partial, CsvRecords<F> records,
            Function<List<F>, SaveCounts> save) throws IOException {
        if (communities.findByIdOptional(communityCode).isEmpty()) {
            throw new NotFoundException("no community has the code " + communityCode);
        }
        CsvReader reader = new CsvReader(csv, records.maxLineLength());
        CsvFields.requireHeader(reader.next(), records.header());
        Map<Integer, F> accepted = new LinkedHashMap<>();
        List<ImportReport.RejectedRow> rejected = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Boolean> knownBuildings = new HashMap<>();
        int rows = 0;
        for (List<String> row = reader.next(); row != null; row = reader.next()) {
            if (++rows > records.maxRows()) {
                throw new InvalidInputException("rows", "a file holds at most " + records.maxRows() + " rows");
            }
            int line = reader.line();
            try {
                if (row.size() != records.header().size()) {
                    throw new IllegalArgumentException("has " + row.size() + " fields, not "
                            + records.header().size());
                }
                Map<String, String> fields = new HashMap<>();
                for (int i = 0; i < row.size(); i++) {
                    fields.put(records.header().get(i), row.get(i).strip());
                }
                F form = records.form(communityCode, fields);
                String problems = validator.validate(form).stream()
                        .map(violation -> records.column(violation.getPropertyPath().toString()) + " "
                                + violation.getMessage())
                        .sorted().collect(Collectors.joining("; "));
                if (!problems.isEmpty()) {
                    throw new IllegalArgumentException(problems);
                }
                for (String building : records.buildings(form)) {
                    if (!knownBuildings.computeIfAbsent(building,
                            name -> buildings.byQualifiedName(communityCode, name).isPresent())) {
                        throw new IllegalArgumentException("building " + building + " is not a building of "
                                + communityCode);
                    }
                }
                Integer earlier = seen.putIfAbsent(records.identity(form), line);
                if (earlier != null) {
                    throw new IllegalArgumentException("the same " + records.noun() + " as line " + earlier);
                }
                accepted.put(line, form);
            } catch (IllegalArgumentException refused) {
                rejected.add(new ImportReport.RejectedRow(line, refused.getMessage()));
            }
        }
        if (!rejected.isEmpty() && !partial) {
            return new ImportReport(rows, accepted.size(), 0, 0, 0, rejected, false);
        }
        SaveCounts saved = save.apply(List.copyOf(accepted.values()));
        return new ImportReport(rows, accepted.size(), saved.created(), saved.updated(), saved.unchanged(),
                rejected, true);
    }
}
