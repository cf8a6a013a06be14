package org.suchi.pdf;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF (its PDFBox-free "greenfield" parser and model) over a file, with the flavour the file claims. */
public final class PdfAValidation {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    /** The outcome: the flavour checked, and one line per failed rule (empty when compliant). */
    public record Outcome(String flavour, boolean compliant, List<String> failures) {}

    private PdfAValidation() {}

    public static Outcome validate(Path pdf) throws Exception {
        try (InputStream in = Files.newInputStream(pdf);
             PDFAParser parser = Foundries.defaultInstance().createParser(in)) {
            PDFAFlavour flavour = parser.getFlavour();
            PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
            ValidationResult result = validator.validate(parser);
            Set<String> failures = new LinkedHashSet<>();
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() == TestAssertion.Status.FAILED) {
                    failures.add(a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage());
                }
            }
            return new Outcome(flavour.getId(), result.isCompliant(), new ArrayList<>(failures));
        }
    }

    /** Prints the outcome for each file given: {@code java … PdfAValidation FILE…}. */
    public static void main(String[] args) throws Exception {
        for (String a : args) {
            Outcome o = validate(Path.of(a));
            System.out.println(a + ": " + o.flavour() + " " + (o.compliant() ? "PASS" : "FAIL"));
            o.failures().forEach(f -> System.out.println("  " + f));
        }
    }
}
