package org.suchi.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.suchi.model.DocumentInfo;
import org.suchi.model.Warning;

class MemoVoteTest {
    private static DocumentInfo doc(String memo, String date) {
        return new DocumentInfo("t", "o", "m", "2022-23", "Q1", memo, date);
    }

    @Test
    void agreeingReadingsChangeNothingAndWarnNothing() {
        List<Warning> w = new ArrayList<>();
        DocumentInfo page = doc("34.00.0000.226.40.989.14-39", "2022-10-05");
        assertThat(MemoVote.reconcile(page, doc("34.00.0000.226.40.989.14-39", "2022-10-05"), w)).isSameAs(page);
        assertThat(w).isEmpty();
    }

    @Test
    void differingSerialsAreADoubtAndTheLineReadingIsKept() {
        List<Warning> w = new ArrayList<>();
        DocumentInfo got = MemoVote.reconcile(doc("34.00.0000.226.40.989.14-31", "2022-10-05"),
                doc("34.00.0000.226.40.989.14-39", "2022-10-05"), w);
        assertThat(got.memoNumber()).isEqualTo("34.00.0000.226.40.989.14-39");
        assertThat(w).singleElement().satisfies(x -> {
            assertThat(x.field()).isEqualTo("memo_number");
            assertThat(x.message()).contains("-31", "-39");
        });
    }

    @Test
    void aLineReadingOutOfTheStandardShapeDoesNotReplaceAStandardOne() {
        List<Warning> w = new ArrayList<>();
        DocumentInfo got = MemoVote.reconcile(doc("44.04.0000.059.70.282.22-899", null),
                doc("44.984.0000.059.70.282.22-899", null), w);
        assertThat(got.memoNumber()).isEqualTo("44.04.0000.059.70.282.22-899");
        assertThat(w).hasSize(1);
    }

    @Test
    void differingDatesKeepTheLettersAndWarn() {
        List<Warning> w = new ArrayList<>();
        DocumentInfo got = MemoVote.reconcile(doc("34.00.0000.226.40.989.14-39", "2022-10-05"),
                doc("34.00.0000.226.40.989.14-39", "2025-10-05"), w);
        assertThat(got.memoDate()).isEqualTo("2022-10-05");
        assertThat(w).extracting(Warning::field).containsExactly("memo_date");
    }
}
