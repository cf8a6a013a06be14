package org.suchi.synth;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.suchi.config.Catalogue;

/**
 * Everything the generator decided about one synthetic document before drawing it: content (the expected
 * report/1 values and the strings printed for them) and look (columns, header, fonts). Immutable.
 */
public record DocPlan(
        String name,
        long seed,
        Catalogue.Template template,
        Office office,
        String ministryPrinted,
        String fiscalYear,
        int fyStart,
        String period,
        List<String> titleLines,
        Cover cover,
        Look look,
        List<TableRow> rows,
        List<String> signatureLines) {

    /** The reporting office. {@code kind}: ministry, division, agency, district, upazila. */
    public record Office(String name, String kind, String ministry, String web) {
        /** Offices that are not ministries or divisions use the agency wording of the ministry form. */
        public String wordingKind() {
            return "ministry".equals(kind) || "division".equals(kind) ? "ministry" : "agency";
        }
    }

    /** The cover letter (portrait page before the table). */
    public record Cover(
            List<String> letterhead,
            String memoLabel,
            String memoPrinted,
            String memoAscii,
            List<String> dateLines,
            LocalDate memoDate,
            boolean dateBelowMemo,
            String subject,
            String reference,
            String body,
            String attachment,
            List<String> signer,
            List<String> recipient,
            String attention,
            boolean repeatMemo,
            List<String> copies) {}

    /** How the header spells out the level percents. */
    public enum PctStyle { ROW, IN_LABEL }

    /** Area/activity cells: one merged cell over the rows, or a cell per row with the text in the first. */
    public enum Span { ROWSPAN, BLANK }

    /** Layout choices. Column headers are the printed texts. */
    public record Look(
            String font,
            float fontSize,
            float lineSpacing,
            boolean achvColumn,
            boolean scoreColumn,
            boolean colNumbers,
            PctStyle pctStyle,
            Span span,
            boolean repeatHeader,
            boolean splitRows,
            boolean headerFill,
            boolean boldHeader,
            String serialHeader,
            String targetsHeader,
            String achvHeader,
            String progressHeader,
            String scoreHeader,
            String weightHeader,
            float titleSize) {}

    /** One table row: one indicator, or two stacked in one row. */
    public record TableRow(List<Line> lines) {
        public Line first() {
            return lines.get(0);
        }

        public boolean paired() {
            return lines.size() > 1;
        }
    }

    /**
     * One indicator: catalogue entry, the printed strings, and the expected values. {@code targets} maps level key to
     * ISO date string / Integer / null; {@code achievement} likewise; {@code score} Integer/Double/null.
     */
    public record Line(
            Catalogue.Entry entry,
            String serialCell,
            String areaCell,
            String areaWeightCell,
            int areaWeight,
            String activityCell,
            String indicatorText,
            String indicatorCell,
            String unit,
            String unitCell,
            int weight,
            Map<String, Object> targets,
            List<String> targetCells,
            Object achievement,
            String achvCell,
            String progress,
            String progressCell,
            Number score,
            String scoreCell) {}
}
