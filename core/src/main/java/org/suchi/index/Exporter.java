package org.suchi.index;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.suchi.io.AtomicFile;

/**
 * Writes rows as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read the Bangla text) or XLSX (Apache POI,
 * streaming; numbers as numbers, dates as dates). The file appears atomically ({@link AtomicFile}).
 */
public final class Exporter {
    /** Output formats. */
    public enum Format {
        CSV, XLSX;

        public static Format parse(String s) {
            return switch (s.toLowerCase(Locale.ROOT)) {
                case "csv" -> CSV;
                case "xlsx" -> XLSX;
                default -> throw new IllegalArgumentException("unknown format " + s + " (csv or xlsx)");
            };
        }
    }

    private Exporter() {}

    /** The longest text an XLSX cell holds (Excel's limit). */
    static final int XLSX_CELL_LIMIT = 32_767;

    /**
     * Writes {@code rows} to {@code out}.
     *
     * @return how many texts were cut to fit a cell (XLSX only; each ends with a marker saying how much was cut)
     */
    public static int write(List<StoredRow> rows, Format format, Path out) throws IOException {
        int[] cut = {0};
        AtomicFile.write(out, os -> {
            if (format == Format.CSV) {
                csv(rows, os);
            } else {
                cut[0] = xlsx(rows, os);
            }
        });
        return cut[0];
    }

    /** {@code s} cut to the XLSX cell limit, ending with "… [N more characters cut]" when it was too long. */
    static String fitCell(String s) {
        if (s.length() <= XLSX_CELL_LIMIT) return s;
        int keep = XLSX_CELL_LIMIT - 40; // room for the marker
        if (Character.isHighSurrogate(s.charAt(keep - 1))) keep--;
        return s.substring(0, keep) + "… [" + (s.length() - keep) + " more characters cut]";
    }

    static void csv(List<StoredRow> rows, OutputStream os) throws IOException {
        List<ExportTable.Column> cols = ExportTable.columns();
        Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder()
                .setHeader(cols.stream().map(ExportTable.Column::name).toArray(String[]::new)).get());
        for (StoredRow r : rows) {
            for (ExportTable.Column c : cols) {
                p.print(csvValue(c.value().apply(r)));
            }
            p.println();
        }
        p.flush();
    }

    private static Object csvValue(Object v) {
        if (v instanceof Double d) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return v; // LocalDate prints as ISO, null as empty
    }

    static int xlsx(List<StoredRow> rows, OutputStream os) throws IOException {
        int cut = 0;
        List<ExportTable.Column> cols = ExportTable.columns();
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet sh = wb.createSheet("rows");
            Row head = sh.createRow(0);
            for (int i = 0; i < cols.size(); i++) {
                head.createCell(i).setCellValue(cols.get(i).name());
            }
            int n = 1;
            for (StoredRow r : rows) {
                Row x = sh.createRow(n++);
                for (int i = 0; i < cols.size(); i++) {
                    Object v = cols.get(i).value().apply(r);
                    if (v == null) {
                        continue;
                    }
                    Cell c = x.createCell(i);
                    if (v instanceof Double d) {
                        c.setCellValue(d);
                    } else if (v instanceof LocalDate d) {
                        c.setCellValue(d);
                        c.setCellStyle(dateStyle);
                    } else {
                        String text = v.toString();
                        String fit = fitCell(text);
                        if (fit != text) cut++;
                        c.setCellValue(fit);
                    }
                }
            }
            wb.write(os);
        }
        return cut;
    }
}
