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

    public static void write(List<StoredRow> rows, Format format, Path out) throws IOException {
        AtomicFile.write(out, os -> {
            if (format == Format.CSV) {
                csv(rows, os);
            } else {
                xlsx(rows, os);
            }
        });
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

    static void xlsx(List<StoredRow> rows, OutputStream os) throws IOException {
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
                        c.setCellValue(v.toString());
                    }
                }
            }
            wb.write(os);
        }
    }
}
