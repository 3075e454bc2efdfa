package city.hotline.registry.rest;

import jakarta.ws.rs.core.Response;

import city.hotline.registry.service.ImportReport;
import city.hotline.web.Problem;

/** An all-or-nothing import that rejected rows: a 400 naming each rejected row as {@code line N}. */
final class ImportProblem {

    private ImportProblem() {
    }

    static Response of(ImportReport report, String path) {
        return Problem.of(Response.Status.BAD_REQUEST,
                report.rejected().size() + " of " + report.rows() + " rows rejected, nothing written "
                        + "(partial=true writes the accepted rows)",
                path,
                report.rejected().stream()
                        .map(row -> new Problem.FieldError("line " + row.line(), row.reason()))
                        .toList())
                .toResponse();
    }
}
