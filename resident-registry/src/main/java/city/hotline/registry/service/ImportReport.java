package city.hotline.registry.service;

import java.util.List;

/**
 * What an import of a register file did: rows accepted and what they changed, rows rejected and why.
 *
 * @param written whether the accepted rows were written (not when any row was rejected and the
 *                import was all or nothing)
 */
public record ImportReport(int rows, int accepted, int created, int updated, int unchanged,
        List<RejectedRow> rejected, boolean written) {

    /** A row left out: its line in the file and why. */
    public record RejectedRow(int line, String reason) {
    }
}
