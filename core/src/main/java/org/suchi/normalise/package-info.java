/**
 * Pure, stateless, table-driven normalisation of Bangla report text to {@code report/1} values.
 *
 * <p>Every parse returns a {@link org.suchi.normalise.Parsed}: a value, a reason it failed, or a value with a
 * reason for doubt, so callers can emit warnings and never guess silently.
 * <ul>
 *   <li>{@link org.suchi.normalise.BanglaText}: NFC, invisible characters, white space, digits, dashes, safe OCR fixes.</li>
 *   <li>{@link org.suchi.normalise.Codes}: [১.১.১] → "1.1.1", ক্রম "০১" → "1", several codes in one cell.</li>
 *   <li>{@link org.suchi.normalise.Numbers}: weights, counts, percents, scores; "-"/"--"/"" are empty.</li>
 *   <li>{@link org.suchi.normalise.Dates}: numeric, worded and বঙ্গাব্দ dates; tolerant table cells with a fiscal year;
 *       letter dates with both calendars. {@link org.suchi.normalise.BanglaCalendar}: the 2019 revised calendar.</li>
 *   <li>{@link org.suchi.normalise.Units}: একক → date / count / percent.</li>
 *   <li>{@link org.suchi.normalise.DocumentFields}: fiscal year, period, memo number and date, office, ministry
 *       from the cover letter's and the title block's lines.</li>
 * </ul>
 */
package org.suchi.normalise;
