package org.suchi.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Progress / remarks texts of the reports. {@link #stating} texts state the achieved value for the indicator's unit
 * (the dev corpus convention: "৪ টি কর্মশালা…" gives 4, "৮০%" gives 80, "১৫/১০/২০২৩ তারিখে … করা হয়েছে" gives the
 * date, "একটি …" gives 1); {@link #silent} texts state none, though some hold distractors: ordinals
 * (৩য় কোয়ার্টারে), dates in count rows, numbers that count something else.
 */
final class Progress {
    private Progress() {}

    /** What an indicator is about, guessed from its wording; picks fitting phrases. */
    enum Topic { IDEA, SIMPLIFY, DIGITIZE, REVIEW_MEETING, SHOWCASE, ENOTHI, WORKSHOP, PLAN, PORTAL, PORTAL_ENSURE,
        PUBLICATION, DATABASE, TRAINING, BUDGET, PROGRESS_MEETING, SENT, LEARNING, VISIT, OTHER }

    static Topic topic(String text) {
        if (text.contains("কর্মশালা")) {
            return Topic.WORKSHOP;
        }
        if (text.contains("তথ্য বাতায়ন") && text.contains("নিশ্চিত")) {
            return Topic.PORTAL_ENSURE;
        }
        if (text.contains("প্রকাশনা")) {
            return Topic.PUBLICATION;
        }
        if (text.contains("তথ্য বাতায়ন")) {
            return Topic.PORTAL;
        }
        if (text.contains("ডাটাবেজ")) {
            return Topic.DATABASE;
        }
        if (text.contains("প্রশিক্ষণ")) {
            return Topic.TRAINING;
        }
        if (text.contains("ইনোভেশন প্রদর্শনী")) {
            return Topic.SHOWCASE;
        }
        if (text.contains("কর্মপরিকল্পনা প্রণয়ন")) {
            return Topic.PLAN;
        }
        if (text.contains("লার্নিং সেশন")) {
            return Topic.LEARNING;
        }
        if (text.contains("ই-ফাইলে")) {
            return Topic.ENOTHI;
        }
        if (text.contains("অর্থ ব্যয়িত")) {
            return Topic.BUDGET;
        }
        if (text.contains("অগ্রগতি পর্যালোচনা")) {
            return Topic.PROGRESS_MEETING;
        }
        if (text.contains("প্রেরিত")) {
            return Topic.SENT;
        }
        if (text.contains("পরিদর্শন")) {
            return Topic.VISIT;
        }
        if (text.contains("সভা")) {
            return Topic.REVIEW_MEETING;
        }
        if (text.contains("সহজিকৃত")) {
            return Topic.SIMPLIFY;
        }
        if (text.contains("ডিজিটাইজকৃত")) {
            return Topic.DIGITIZE;
        }
        if (text.contains("উদ্ভাবনী ধারণা")) {
            return Topic.IDEA;
        }
        return Topic.OTHER;
    }

    /** A text stating the date {@code d} (already formatted in Bangla) for a date indicator. */
    static String statingDate(Topic t, String d, Random r) {
        String k = pick(r, "খ্রি: ", "খ্রি. ", "", "", "");
        List<String> c = new ArrayList<>(List.of(
                d + " " + k + "তারিখে সম্পন্ন করা হয়েছে।",
                d + " তারিখে বাস্তবায়িত হয়েছে এবং প্রমাণক সংযুক্ত করা হলো।",
                d + " " + k + "তারিখে করা হয়েছে এবং " + Bangla.ordinal(1 + r.nextInt(3))
                        + " কোয়ার্টারে প্রমাণক দাখিল করা হয়েছে।"));
        switch (t) {
            case IDEA -> c.add(d + " " + k + "তারিখে উদ্ভাবনী ধারণা বাস্তবায়ন করা হয়েছে।");
            case SIMPLIFY -> c.add(d + " " + k + "তারিখে সেবা সহজিকরণ করা হয়েছে।");
            case DIGITIZE -> c.add(d + " " + k + "তারিখে সেবা ডিজিটাইজ করা হয়েছে।");
            case REVIEW_MEETING -> c.add("গত " + d + " তারিখে পর্যালোচনা সভা অনুষ্ঠিত হয়েছে।");
            case SHOWCASE -> c.add(d + " তারিখে ইনোভেশন প্রদর্শনী (শোকেসিং) আয়োজন করা হয়েছে।");
            case PLAN -> c.add(d + " তারিখে কর্মপরিকল্পনা প্রণয়ন করা হয়েছে।");
            case SENT -> c.add(d + " " + k + "তারিখে মন্ত্রিপরিষদ বিভাগে প্রেরণ করা হয়েছে।");
            case LEARNING -> c.add(d + " তারিখে লার্নিং সেশন অনুষ্ঠিত হয়েছে।");
            case VISIT -> c.add(d + " তারিখে পরিদর্শন সম্পন্ন হয়েছে।");
            default -> { }
        }
        if (c.size() > 3 && r.nextInt(3) > 0) {
            return c.get(c.size() - 1);
        }
        return c.get(r.nextInt(c.size()));
    }

    /** A text stating the count {@code n} for a count indicator; may carry a date distractor. */
    static String statingCount(Topic t, int n, String otherDate, Random r) {
        String tt = n == 1 && r.nextInt(3) == 0 ? "একটি" : Bangla.digits(n) + pick(r, " টি", "টি");
        String times = Bangla.digits(n) + " বার";
        List<String> c = new ArrayList<>(List.of(tt + " সম্পন্ন হয়েছে।"));
        switch (t) {
            case WORKSHOP -> {
                c.add(tt + " কর্মশালা আয়োজন করা হয়েছে।");
                c.add(tt + " সভা/কর্মশালা আয়োজন করা হয়েছে।");
                c.add("গত " + otherDate + " তারিখসহ মোট " + Bangla.digits(n) + "টি কর্মশালা অনুষ্ঠিত হয়েছে।");
            }
            case PORTAL -> {
                c.add("চলতি ত্রৈমাসিকে " + times + " হালনাগাদ করা হয়েছে।");
                c.add(times + " তথ্য বাতায়ন হালনাগাদ করা হয়েছে এবং প্রমাণক সংযুক্ত করা হলো।");
            }
            case PORTAL_ENSURE -> c.add(times + " হালনাগাদকরণ নিশ্চিত করা হয়েছে।");
            case PUBLICATION -> c.add(tt + " প্রকাশনা তথ্য বাতায়নে প্রকাশ করা হয়েছে।");
            case DATABASE -> c.add("ডাটাবেজ " + times + " হালনাগাদ করা হয়েছে।");
            case TRAINING -> {
                c.add(tt + " প্রশিক্ষণ আয়োজন করা হয়েছে।");
                if (n == 1) {
                    c.add("একটি প্রশিক্ষণ অনুষ্ঠিত হয়েছে।");
                }
            }
            case PROGRESS_MEETING, REVIEW_MEETING -> {
                c.add("এ পর্যন্ত " + tt + " সভা আয়োজন করা হয়েছে।");
                c.add(tt + " সভা অনুষ্ঠিত হয়েছে।");
            }
            default -> { }
        }
        if (c.size() > 1 && r.nextInt(4) > 0) {
            return c.get(1 + r.nextInt(c.size() - 1));
        }
        return c.get(r.nextInt(c.size()));
    }

    /** A text stating the percent {@code p}. */
    static String statingPercent(Topic t, int p, Random r) {
        String v = Bangla.digits(p) + "%";
        List<String> c = new ArrayList<>(List.of(v, v));
        if (t == Topic.ENOTHI) {
            c.add(v + " নোট ই-নথিতে নিষ্পত্তি হয়েছে।");
            c.add("ই-ফাইলে " + v + " নোট নিষ্পত্তি করা হয়েছে।");
        } else if (t == Topic.BUDGET) {
            c.add("বরাদ্দকৃত অর্থের " + v + " ব্যয় হয়েছে।");
        }
        return c.get(r.nextInt(c.size()));
    }

    /**
     * A text that states no achieved value for the unit. Distractors: ordinals; in count rows a date or a count of
     * something else; in date and percent rows only ordinals.
     */
    static String silent(Topic t, String unit, String otherDate, boolean aboutSubordinates, Random r) {
        List<String> c = new ArrayList<>(List.of(
                "প্রক্রিয়া চলমান রয়েছে।",
                "প্রমাণক সংযুক্ত করা হলো।",
                "নির্ধারিত সময়ের মধ্যে সম্পন্ন করা হবে।",
                Bangla.ordinal(2 + r.nextInt(2)) + " কোয়ার্টারের প্রমাণক সংযুক্ত করা হলো।"));
        switch (t) {
            case IDEA -> {
                c.add("উদ্ভাবনী ধারণা আহ্বান করা হয়েছে।");
                c.add("নতুন উদ্ভাবনী ধারণা বাস্তবায়নের প্রক্রিয়া চলমান রয়েছে।");
                c.add("৪র্থ কোয়ার্টারে বাস্তবায়ন করা হবে।");
            }
            case SHOWCASE -> c.add("প্রদর্শনী আয়োজনের প্রস্তুতি চলছে।");
            case WORKSHOP -> c.add("কর্মশালা আয়োজনের প্রক্রিয়া চলমান রয়েছে।");
            case TRAINING -> c.add("প্রশিক্ষণ আয়োজনের প্রস্তুতি চলছে।");
            case ENOTHI -> {
                c.add("৪র্থ কোয়ার্টারে ই-নথির ব্যবহার সম্পর্কিত প্রতিবেদন দাখিল করা হবে।");
                c.add("নিয়মিতভাবে ই-ফাইলে নোট নিষ্পত্তি করা হয়।");
            }
            case PLAN -> c.add("কর্মপরিকল্পনা প্রস্তুতের কার্যক্রম চালু রয়েছে।");
            case DATABASE -> {
                c.add("ডাটাবেজের সেবাসমূহ চালু রয়েছে।");
                c.add("ডাটাবেজ প্রস্তুত করা হয়েছে এবং ওয়েবসাইটে আপলোড করা হয়েছে।");
            }
            case PORTAL -> {
                c.add("নিয়মিত হালনাগাদ করা হচ্ছে।");
                c.add("১ম, ২য় কোয়ার্টারে হালনাগাদ করা হয়েছে।");
            }
            case PORTAL_ENSURE -> {
                c.add("আওতাধীন দপ্তরসমূহকে তথ্য বাতায়ন হালনাগাদের জন্য পত্র প্রদান করা হয়েছে।");
                c.add("আওতাধীন " + Bangla.digits(pick(r, 8, 12, 64, 492)) + "টি অফিসকে তথ্য বাতায়ন হালনাগাদের জন্য পত্র প্রদান করা হয়েছে।");
                c.add("গত " + otherDate + " তারিখে আওতাধীন দপ্তরসমূহকে পত্র প্রদান করা হয়েছে।");
            }
            case SENT -> c.add("নির্ধারিত সময়ে প্রেরণ করা হবে।");
            case LEARNING -> {
                c.add("উদ্ভাবনী উদ্যোগ পরিদর্শনের পরিকল্পনা রয়েছে।");
                c.add("লার্নিং সেশন আয়োজনের প্রক্রিয়া চলমান।");
            }
            case BUDGET -> c.add("অর্থ ব্যয়ের প্রক্রিয়া চলমান।");
            case REVIEW_MEETING, PROGRESS_MEETING -> c.add("সভা আয়োজনের প্রস্তুতি চলছে।");
            default -> { }
        }
        if ("count".equals(unit) && t != Topic.PORTAL_ENSURE) {
            c.add("গত " + otherDate + " তারিখে এ বিষয়ে পত্র প্রদান করা হয়েছে।");
        }
        if (aboutSubordinates) {
            c.add("আওতাধীন দপ্তর নেই বিধায় প্রযোজ্য নয়।");
        }
        return c.get(r.nextInt(c.size()));
    }

    @SafeVarargs
    static <T> T pick(Random r, T... options) {
        return options[r.nextInt(options.length)];
    }

    /** A date in [from, to], uniformly. */
    static LocalDate between(Random r, LocalDate from, LocalDate to) {
        long span = to.toEpochDay() - from.toEpochDay();
        return span <= 0 ? from : from.plusDays(r.nextInt((int) span + 1));
    }
}
