package org.suchi.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.suchi.image.Rect;

class ReportTextTest {
    static TextLine cellLine(Rect cell, String text) {
        return new TextLine(CellLines.spread(CellLines.words(text), cell.x() + 5, cell.right() - 5, cell.y() + 5, cell.y() + 45),
                cell.y() + 45, cell.y() + 5, 2, cell);
    }

    static String text(TextLine l) {
        return String.join(" ", l.words().stream().map(TextLine.Word::text).toList());
    }

    @Test
    void aCellTheReportSettledFromThePlanSaysWhatTheReportSaysItsCodeAsRead() {
        Rect cell = new Rect(100, 100, 300, 200);
        TextLine read = cellLine(cell, "[১.৩.১] ন্যুনতম এ কটি ডিজিটাইজকৃত রি");
        List<TextLine> out = ReportText.apply(List.of(read),
                List.of(new ReportText.Settled(new Rect(99, 99, 302, 202), "ন্যূনতম একটি সেবা ডিজিটাইজকৃত")));
        assertThat(text(out.get(0))).isEqualTo("[১.৩.১] ন্যূনতম একটি সেবা ডিজিটাইজকৃত");
        assertThat(out.get(0).baseline()).isEqualTo(read.baseline());
        assertThat(out.get(0).left()).isEqualTo(read.left());
        assertThat(out.get(0).right()).isCloseTo(read.right(), org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void partlyCoveredCellsDisagreeingWordingsAndOcrLinesStayAsRead() {
        Rect cell = new Rect(100, 100, 300, 200);
        TextLine read = cellLine(cell, "[১.১.১] একটি উদ্ভাবনী ধারণা [১.১.২] সেবা সহজিকৃত");
        // a stacked cell: the evidence is only the line of one indicator
        assertThat(ReportText.apply(List.of(read), List.of(new ReportText.Settled(new Rect(100, 100, 300, 60), "একটি নতুন উদ্ভাবনী ধারণা"))))
                .containsExactly(read);
        // two values over the same cell with different wordings
        assertThat(ReportText.apply(List.of(read), List.of(new ReportText.Settled(cell, "ক"), new ReportText.Settled(cell, "খ"))))
                .containsExactly(read);
        // the same wording twice (an area cell spanning its rows) is fine
        assertThat(text(ReportText.apply(List.of(read), List.of(new ReportText.Settled(cell, "ক খ"), new ReportText.Settled(cell, "ক খ"))).get(0)))
                .isEqualTo("[১.১.১] ক খ");
        // a line of full-page OCR is never changed
        TextLine ocr = new TextLine(read.words(), read.baseline(), read.top());
        assertThat(ReportText.apply(List.of(ocr), List.of(new ReportText.Settled(cell, "ক")))).containsExactly(ocr);
    }
}
