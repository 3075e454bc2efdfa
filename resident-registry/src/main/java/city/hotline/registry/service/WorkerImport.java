package city.hotline.registry.service;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import city.hotline.registry.domain.WorkerDuty;
import city.hotline.registry.domain.WorkerRole;

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

    private static final CsvRecords<WorkerForm> RECORDS = new CsvRecords<>() {
        @Override
        public List<String> header() {
            return HEADER;
        }

        @Override
        public int maxLineLength() {
            return MAX_LINE_LENGTH;
        }

        @Override
        public int maxRows() {
            return MAX_ROWS;
        }

        @Override
        public String noun() {
            return "worker";
        }

        /** Buildings as {@code compound/building} separated by {@code |}; duties likewise; on_duty true when empty. */
        @Override
        public WorkerForm form(String communityCode, Map<String, String> field) {
            String onDuty = field.get("on_duty");
            return new WorkerForm(communityCode, field.get("name"),
                    CsvFields.optional(WorkerRole.class, "role", field.get("role")),
                    field.get("title").isEmpty() ? null : field.get("title"),
                    field.get("phone").isEmpty() ? null : field.get("phone"),
                    CsvFields.list(field.get("buildings")),
                    CsvFields.enums(WorkerDuty.class, "duties", field.get("duties")),
                    onDuty.isEmpty() || CsvFields.yesNo("on_duty", onDuty));
        }

        @Override
        public String column(String property) {
            return property.equals("onDuty") ? "on_duty" : property;
        }

        @Override
        public List<String> buildings(WorkerForm form) {
            return form.buildings();
        }

        @Override
        public String identity(WorkerForm form) {
            return form.name();
        }
    };

    private final CsvImporter importer;
    private final WorkerRoster roster;

    WorkerImport(CsvImporter importer, WorkerRoster roster) {
        this.importer = importer;
        this.roster = roster;
    }

    /** @param partial write the accepted rows even when some are rejected */
    @Transactional
    public ImportReport importCsv(String communityCode, Reader csv, boolean partial) throws IOException {
        return importer.importCsv(communityCode, csv, partial, RECORDS, roster::saveAll);
    }
}
