package org.suchi.assemble;

import org.suchi.normalise.Memos;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.suchi.config.Catalogue;
import org.suchi.layout.TableColumns;
import org.suchi.model.DocumentInfo;
import org.suchi.model.Level;
import org.suchi.model.Report;
import org.suchi.model.Row;
import org.suchi.model.Source;
import org.suchi.model.Warning;
import org.suchi.normalise.FiscalYear;
import org.suchi.normalise.Parsed;
import org.suchi.reading.CellReading;
import org.suchi.reading.OcrText;
import org.suchi.reading.PageReading;
import org.suchi.reading.TableReading;

/** Stage "assemble": the pages read from one document become its report/1. Pure: no I/O, no OCR. */
public final class ReportAssembler {
    private final DocumentFieldReader documentFields;
    private final RowNormaliser rows;
    private final CatalogueCheck catalogue;
    private final org.suchi.config.NameDirectory offices;

    /** An assembler that does not check rows against a plan catalogue. */
    public ReportAssembler(DocumentFieldReader documentFields,
                           BiFunction<String, FiscalYear, Parsed<LocalDate>> dates,
                           AchievementReader achievements) {
        this(documentFields, dates, achievements, null);
    }

    /** @param catalogue the plans to check rows against (see {@link CatalogueCheck}), or null */
    public ReportAssembler(DocumentFieldReader documentFields,
                           BiFunction<String, FiscalYear, Parsed<LocalDate>> dates,
                           AchievementReader achievements, CatalogueCheck catalogue) {
        this(documentFields, dates, achievements, catalogue, null);
    }

    /** @param offices the office-name directory the office is checked against (see {@link OfficeCheck}), or null */
    public ReportAssembler(DocumentFieldReader documentFields,
                           BiFunction<String, FiscalYear, Parsed<LocalDate>> dates,
                           AchievementReader achievements, CatalogueCheck catalogue,
                           org.suchi.config.NameDirectory offices) {
        this.offices = offices;
        this.documentFields = documentFields;
        this.rows = new RowNormaliser(dates, achievements);
        this.catalogue = catalogue;
    }

    public Report assemble(Source source, List<PageReading> pages) {
        return assemble(source, pages, List.of());
    }

    /** @param notes warnings from reading the pages (how a page was read), put first */
    public Report assemble(Source source, List<PageReading> pages, List<Warning> notes) {
        List<Warning> warnings = new ArrayList<>(notes);
        java.util.Set<Integer> shapeWarned = new java.util.HashSet<>();
        List<String> letter = new ArrayList<>(), title = new ArrayList<>(), header = new ArrayList<>();
        List<String> letterAgain = new ArrayList<>(), titleAgain = new ArrayList<>();
        TableRows tableRows = new TableRows();
        List<Level> levels = null;
        List<DocumentEvidence.Located> letterAt = new ArrayList<>(), titleAt = new ArrayList<>(), headerAt = new ArrayList<>();
        for (PageReading p : pages) {
            if (levels == null && p.tables().isEmpty()) {
                lines(p.freeText(), letter, letterAgain);
                located(p, p.freeText(), letterAt);
                continue;
            }
            if (levels == null) {
                lines(p.freeText(), title, titleAgain);
                located(p, p.freeText(), titleAt);
            }
            for (TableReading t : p.tables()) {
                if (t.columnsFromShape() && shapeWarned.add(p.page())) {
                    warnings.add(Warning.document("rows", "page " + p.page() + ": the table's header did not read; its "
                            + "columns were named from the table's shape (the codes of the first row, the target levels' "
                            + "header) and the forms' column order: check that each value is in its column"));
                }
                if (levels == null) {
                    levels = levelsOf(t.columns());
                    for (CellReading cr : t.header()) {
                        header.add(cr.text().replace('\n', ' '));
                        if (!cr.blank()) {
                            headerAt.add(new DocumentEvidence.Located(cr.text().replace('\n', ' '), null, cr.cell().box(),
                                    cr.confidence(), p.page(), p.geometry(), p.textLayer()));
                        }
                    }
                }
                tableRows.add(p, t);
            }
        }
        DocumentInfo doc = documentFields.read(letter, title, header, warnings);
        if (!letterAgain.equals(letter) || !titleAgain.equals(title)) {
            DocumentInfo again = documentFields.read(letterAgain, titleAgain, header, new ArrayList<>());
            doc = MemoVote.reconcile(doc, again, warnings);
        }
        doc = OfficeCheck.apply(doc, offices, warnings);
        DocumentChecks.apply(doc, !letter.isEmpty(), warnings);
        DocumentChecks.constraints(doc, letter, warnings);
        String memo = doc.memoNumber();
        org.suchi.normalise.Memos.memoRepeatDoubt(letter, memo)
                .filter(d -> warnings.stream().noneMatch(x -> "memo_number".equals(x.field())))
                .ifPresent(d -> warnings.add(Warning.document("memo_number", d)));
        FiscalYear fy = doc.fiscalYear() == null ? null : FiscalYear.of(doc.fiscalYear());
        if (levels == null) {
            warnings.add(Warning.document("rows", "no report table was found"));
            levels = List.of();
        }
        List<RowDraft> drafts = tableRows.rows();
        for (RowDraft d : drafts) {
            d.readAreaCode = d.areaCode;
            d.readActivityCode = d.activityCode;
            d.readIndicatorCode = d.indicatorCode;
            d.readSerial = d.serial;
        }
        CodeSequence.repair(drafts);
        List<Row> out = new ArrayList<>();
        for (RowDraft d : drafts) {
            RowNormaliser.Result r = rows.normalise(d, fy, levels);
            out.add(r.row());
            warnings.addAll(r.warnings());
        }
        StackedShift.flag(drafts, out, levels, warnings);
        StackedShift.codesShort(drafts, out, warnings);
        StackedShift.byPosition(drafts, out, warnings);
        ProgressSplit.flag(out, warnings);
        List<Row> normalised = List.copyOf(out);
        out = WeightCheck.apply(out, warnings);
        Optional<Catalogue.Template> plan = Optional.empty();
        if (catalogue != null) {
            // codes the printed sequence had to guess (not read, or read as no code of three parts)
            Set<Integer> guessed = new HashSet<>();
            for (int i = 0; i < drafts.size(); i++) {
                RowDraft d = drafts.get(i);
                if (d.indicatorCode != null && !d.indicatorCode.equals(d.readIndicatorCode)) guessed.add(i);
            }
            CatalogueCheck.Checked checked = catalogue.checked(out, doc.fiscalYear(), warnings, guessed);
            out = checked.rows();
            plan = checked.plan();
        }
        ScoreGaps.flag(out, warnings);
        TargetGaps.flag(out, levels, plan, warnings);
        // evidence last: it describes the final values and the warnings about them, and changes no value
        out = new ArrayList<>(out);
        for (int i = 0; i < out.size(); i++) {
            out.set(i, out.get(i).withEvidence(RowEvidence.of(drafts.get(i), normalised.get(i), out.get(i), levels, warnings)));
        }
        DocumentEvidence docEvidence = new DocumentEvidence(titleAt, letterAt, headerAt);
        doc = doc.withEvidence(docEvidence.of(doc, warnings));
        if (DocumentChecks.lowConfidence(doc, warnings)) doc = doc.withEvidence(docEvidence.of(doc, warnings));
        return new Report(Report.SCHEMA, source, doc, levels, out, warnings);
    }

    private static List<Level> levelsOf(TableColumns columns) {
        return columns.levelSet();
    }

    /** The lines of {@code t} with where they stand on page {@code p}, into {@code out}. */
    private static void located(PageReading p, OcrText t, List<DocumentEvidence.Located> out) {
        if (t == null) return;
        for (OcrText.Line l : t.lines()) {
            if (l.box() == null) continue;
            out.add(new DocumentEvidence.Located(l.text(), l.reread(), l.box(), l.confidence(), p.page(), p.geometry(),
                    p.textLayer()));
        }
    }

    /** The lines of {@code t} into {@code out}, and into {@code again} with each re-read line's second reading. */
    private static void lines(OcrText t, List<String> out, List<String> again) {
        if (t == null) return;
        for (OcrText.Line l : t.lines()) {
            out.add(l.text());
            again.add(l.reread() != null ? l.reread() : l.text());
        }
    }
}
