package org.suchi.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.suchi.model.Row;
import org.suchi.model.Warning;

/** A progress sentence cut by a misplaced row boundary flags the achievement and score of both rows. */
class ProgressSplitTest {
    @ParameterizedTest(name = "[{index}] \"{0}\" / \"{1}\"")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            # progress above                              | progress of the row          | flagged
            ৩য় কোয়ার্টারের প্রমাণক সংযুক্ত। ৪ টি সভা অনুষ্ঠিত | হয়েছে।                      | true
            ২টি প্রশিক্ষণ আয়োজন করা                        | হলো। প্রমাণক সংযুক্ত          | true
            ২টি প্রশিক্ষণ আয়োজন করা হয়েছে।                  | হয়েছে।                      | false
            ২টি প্রশিক্ষণ আয়োজন করা হয়েছে                   | ৪ টি সভা অনুষ্ঠিত হয়েছে।       | false
            NULL                                          | হয়েছে।                      | false
            এ পর্যন্ত ৮ টি সভা আয়োজন করা হয়েছে। ২৬/১০/২০২১ তারিখে | বাস্তবায়িত হয়েছে এবং প্রমাণক সংযুক্ত করা হলো। | true
            ২ কোয়ার্টারে ২টি করা হয়েছে। ৩য় কোয়ার্টারের প্রমাণক সংযুক্ত | প্রক্রিয়া চলমান রয়েছে।       | false
            ২টি সভা আয়োজন করা হয়েছে। প্রমাণক সংযুক্ত       | প্রক্রিয়া চলমান রয়েছে।       | false
            """)
    void cutSentenceIsFlagged(String above, String progress, boolean flagged) {
        List<Row> rows = List.of(row("2.2.2", above), row("2.2.3", progress));
        List<Warning> w = new ArrayList<>();
        ProgressSplit.flag(rows, w);
        if (!flagged) {
            assertThat(w).isEmpty();
            return;
        }
        assertThat(w).extracting(x -> x.indicator() + " " + x.field()).containsExactlyInAnyOrder(
                "2.2.2 achievement", "2.2.2 reported_score", "2.2.3 achievement", "2.2.3 reported_score");
    }

    private static Row row(String code, String progress) {
        return new Row(null, null, new Row.Indicator(code, "সূচক"), "count", 3, Map.of(), null, progress, null, 2, 0.9);
    }
}
