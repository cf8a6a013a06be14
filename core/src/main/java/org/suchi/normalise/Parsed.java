package org.suchi.normalise;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The outcome of normalising one raw string: a value, a reason for doubt, or both.
 *
 * <ul>
 *   <li>{@code value != null, problem == null}: parsed cleanly ({@link #of}).</li>
 *   <li>{@code value == null, problem == null}: nothing there, and that is legitimate, e.g. a "-" or empty
 *       cell ({@link #empty}).</li>
 *   <li>{@code value == null, problem != null}: could not be read; the caller should emit a warning
 *       ({@link #fail}).</li>
 *   <li>{@code value != null, problem != null}: a best reading that the caller should keep but warn about,
 *       e.g. a memo date whose বঙ্গাব্দ and খ্রিষ্টাব্দ halves disagree ({@link #doubtful}).</li>
 * </ul>
 *
 * @param value   the normalised value, or null
 * @param problem why the value is missing or doubtful, or null; short English text fit for a warning
 * @param raw     the input as given (before any normalisation), for the warning message
 */
public record Parsed<T>(T value, String problem, String raw) {

    public static <T> Parsed<T> of(T value, String raw) {
        return new Parsed<>(Objects.requireNonNull(value, "value"), null, raw);
    }

    public static <T> Parsed<T> empty(String raw) {
        return new Parsed<>(null, null, raw);
    }

    public static <T> Parsed<T> fail(String problem, String raw) {
        return new Parsed<>(null, Objects.requireNonNull(problem, "problem"), raw);
    }

    public static <T> Parsed<T> doubtful(T value, String problem, String raw) {
        return new Parsed<>(Objects.requireNonNull(value, "value"), Objects.requireNonNull(problem, "problem"), raw);
    }

    /** No problem: either a clean value or a legitimately empty input. */
    public boolean ok() {
        return problem == null;
    }

    /** A value is present (possibly doubtful). */
    public boolean present() {
        return value != null;
    }

    /** Nothing there and nothing wrong ("-", "", "N/A"). */
    public boolean isEmpty() {
        return value == null && problem == null;
    }

    public Optional<T> asOptional() {
        return Optional.ofNullable(value);
    }

    public T orElse(T other) {
        return value != null ? value : other;
    }

    /** Maps the value, keeping problem and raw. */
    public <U> Parsed<U> map(Function<? super T, ? extends U> f) {
        return new Parsed<>(value == null ? null : f.apply(value), problem, raw);
    }

    /** Same value and raw, with a (further) problem; problems are joined with "; ". */
    public Parsed<T> withProblem(String more) {
        if (more == null) return this;
        String p = problem == null ? more : problem + "; " + more;
        return new Parsed<>(value, p, raw);
    }

    @Override
    public String toString() {
        if (problem == null) return value == null ? "empty(" + raw + ")" : "ok(" + value + ")";
        return (value == null ? "fail(" : "doubtful(" + value + ", ") + problem + " | raw=" + raw + ")";
    }
}
