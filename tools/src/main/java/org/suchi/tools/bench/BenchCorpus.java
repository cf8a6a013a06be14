package org.suchi.tools.bench;

import org.suchi.index.IndexedReport;
import org.suchi.index.ReportFile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.suchi.config.Catalogue;

/**
 * Cheap in-process report/1 documents for the index benchmark: the catalogue's plans (texts, units, weights, targets),
 * offices from {@code config/synth/offices.json}, random fiscal years, periods, achievements and progress sentences.
 * No images, no OCR; the same seed gives the same reports.
 */
public final class BenchCorpus {
    private static final String[] PERIODS = {"Q1", "Q2", "Q3", "Q4", "H1", "annual"};
    private static final String[] PROGRESS = {
        "%s সম্পন্ন হয়েছে।", "%s বাস্তবায়নের কার্যক্রম চলমান রয়েছে।", "প্রতিবেদনাধীন সময়ে %d টি %s আয়োজন করা হয়েছে।",
        "ই-নথিতে %d টি নথি নিষ্পত্তি করা হয়েছে; %s", "তথ্য বাতায়ন হালনাগাদ করা হয়েছে এবং %s",
        "ইনোভেশন শোকেজিং অনুষ্ঠিত হয়েছে, %s", "%d জন কর্মকর্তাকে প্রশিক্ষণ প্রদান করা হয়েছে।", "%s প্রমাণক সংযুক্ত।",
    };

    /** An office and its parent ministry. */
    record Office(String name, String ministry) {}

    private final List<Catalogue.Template> templates;
    private final List<Office> offices;

    public BenchCorpus(Catalogue catalogue, List<Office> offices) {
        this.templates = catalogue.templates();
        this.offices = List.copyOf(offices);
    }

    /** The project's catalogue and office list. */
    public static BenchCorpus loadDefault() throws IOException {
        Path file = org.suchi.config.ProjectPaths.configDir().resolve("synth").resolve("offices.json");
        JsonNode root = ReportFile.MAPPER.readTree(file.toFile());
        List<Office> offices = new ArrayList<>();
        for (String list : new String[] {"ministries", "divisions", "agencies", "district_offices", "upazila_offices"}) {
            for (JsonNode o : root.path(list)) {
                String name = o.path("name").asText();
                offices.add(new Office(name, o.hasNonNull("ministry") ? o.get("ministry").asText() : name));
            }
        }
        List<String> districts = new ArrayList<>();
        root.path("districts").forEach(d -> districts.add(d.asText()));
        for (String d : districts) {
            offices.add(new Office("জেলা প্রশাসকের কার্যালয়, " + d, "মন্ত্রিপরিষদ বিভাগ"));
        }
        return new BenchCorpus(Catalogue.loadDefault(), offices);
    }

    /** Report {@code index} of a run with {@code seed}. */
    public IndexedReport report(long seed, int index) {
        Random r = new Random(seed * 1_000_003L + index);
        Catalogue.Template t = templates.get(r.nextInt(templates.size()));
        Office office = offices.get(r.nextInt(offices.size()));
        String baseFy = t.fiscalYears().get(r.nextInt(t.fiscalYears().size()));
        int shift = Integer.parseInt(baseFy.substring(0, 4)) - Integer.parseInt(t.baseFiscalYear().substring(0, 4));
        String period = PERIODS[r.nextInt(PERIODS.length)];
        ObjectNode levels = ReportFile.MAPPER.createObjectNode();
        var levelArray = levels.putArray("levels");
        t.levels().forEach(l -> levelArray.addObject().put("key", l.key()).put("label", l.label())
                .put("percent", l.percent()));
        List<JsonNode> rows = new ArrayList<>();
        for (Catalogue.Entry e : t.entries()) {
            rows.add(row(e, shift, r));
        }
        String sha = sha256("bench/" + seed + "/" + index);
        return new IndexedReport(sha, "bench-" + index + ".pdf",
                "ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা " + baseFy + " " + office.name(), office.name(), office.ministry(),
                baseFy, period, r.nextBoolean() ? null : "05.00.0000." + (100 + r.nextInt(900)) + ".16." + index,
                null, levelArray, rows);
    }

    private static ObjectNode row(Catalogue.Entry e, int yearShift, Random r) {
        ObjectNode row = ReportFile.MAPPER.createObjectNode();
        row.putObject("area").put("code", e.area().code()).put("text", e.area().text()).putPOJO("weight",
                e.area().weight());
        row.putObject("activity").put("code", e.activity().code()).put("text", e.activity().text());
        Catalogue.Indicator i = e.indicator();
        row.putObject("indicator").put("code", i.code()).put("text", i.text());
        row.put("unit", i.unit());
        row.put("weight", i.weight());
        ObjectNode targets = row.putObject("targets");
        Object last = null;
        for (Map.Entry<String, Object> t : i.targets().entrySet()) {
            Object v = shifted(t.getValue(), yearShift);
            targets.putPOJO(t.getKey(), v);
            last = v != null ? v : last;
        }
        Object achievement = last == null || r.nextInt(4) == 0 ? null : near(last, r);
        row.putPOJO("achievement", achievement);
        String topic = words(e.activity().text(), r);
        String tmpl = PROGRESS[r.nextInt(PROGRESS.length)];
        row.put("progress", String.format(tmpl, tmpl.indexOf("%d") >= 0 ? 1 + r.nextInt(20) : topic,
                tmpl.indexOf("%d") >= 0 ? topic : "").strip());
        row.putNull("reported_score");
        return row;
    }

    private static Object shifted(Object v, int years) {
        return v instanceof String s ? LocalDate.parse(s).plusYears(years).toString() : v;
    }

    private static Object near(Object target, Random r) {
        if (target instanceof String s) {
            return LocalDate.parse(s).plusDays(r.nextInt(40) - 30).toString();
        }
        int n = ((Number) target).intValue();
        return Math.max(0, n + r.nextInt(5) - 1);
    }

    /** A few consecutive words of a text. */
    private static String words(String text, Random r) {
        String[] w = text.split(" ");
        int from = r.nextInt(w.length);
        int to = Math.min(w.length, from + 2 + r.nextInt(3));
        return String.join(" ", java.util.Arrays.copyOfRange(w, from, to));
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
