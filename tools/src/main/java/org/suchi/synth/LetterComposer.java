package org.suchi.synth;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.suchi.synth.DocPlan.Cover;

/** Lays out and draws the portrait cover letter (A4, points). */
final class LetterComposer {
    static final float PAGE_W = 595.28f;
    static final float PAGE_H = 841.89f;

    private interface Op {
        void draw(Graphics2D g);
    }

    private final DocPlan plan;
    private final Fonts fonts;
    private final Typesetter ts;
    private final List<Op> ops = new ArrayList<>();
    Rectangle2D.Float signatureBox;
    Rectangle2D.Float sealSpot;

    LetterComposer(DocPlan plan, Fonts fonts, Typesetter ts) {
        this.plan = plan;
        this.fonts = fonts;
        this.ts = ts;
    }

    void compose() {
        for (float s = 11.5f; s >= 7f; s -= 0.5f) {
            if (tryCompose(s)) {
                return;
            }
        }
        throw new IllegalStateException(plan.name() + ": cover letter does not fit");
    }

    private boolean tryCompose(float size) {
        ops.clear();
        Random r = new Random(plan.seed() ^ 0x1e77e7L);
        Cover c = plan.cover();
        String face = plan.look().font();
        Font f = fonts.regular(face, size);
        Font b = fonts.bold(face, size);
        Font big = fonts.bold(face, size + 1);
        float lh = Typesetter.textHeight(f) * 1.3f;
        float asc = Typesetter.ascent(f);
        float left = 62 + r.nextFloat() * 14;
        float right = PAGE_W - 50 - r.nextFloat() * 12;
        float width = right - left;
        float y = 46 + r.nextFloat() * 16;
        // letterhead
        for (int i = 0; i < c.letterhead().size(); i++) {
            String s = c.letterhead().get(i);
            Font ff = i == 0 ? big : f;
            float w = ts.width(ff, s);
            text(ff, s, left + (width - w) / 2, y + asc);
            y += lh;
        }
        y += lh * 1.2f;
        // memo and date
        y = memoLine(c, f, lh, asc, left, right, y);
        y += lh * 0.8f;
        if (c.reference() != null) {
            for (String s : ts.wrapAtSpaces(f, c.reference(), width)) {
                text(f, s, left, y + asc);
                y += lh;
            }
            y += lh * 0.3f;
        }
        // subject with a hanging indent after "বিষয়: "
        String subj = c.subject();
        int colon = subj.indexOf(':');
        String lead = subj.substring(0, colon + 1) + " ";
        float indent = ts.width(b, lead);
        List<String> sl = ts.wrapAtSpaces(b, subj.substring(colon + 1).trim(), width - indent);
        text(b, lead, left, y + asc);
        for (String s : sl) {
            text(b, s, left + indent, y + asc);
            y += lh;
        }
        y += lh * 0.6f;
        List<String> bl = ts.wrapAtSpaces(f, c.body(), width - 24);
        for (int i = 0; i < bl.size(); i++) {
            text(f, bl.get(i), left + (i == 0 ? 24 : 0), y + asc);
            y += lh;
        }
        y += lh * 0.5f;
        text(f, c.attachment(), left, y + asc);
        y += lh * 1.4f;
        // signature block on the right
        float sw = 0;
        for (String s : c.signer()) {
            sw = Math.max(sw, ts.width(f, s));
        }
        float sx = right - sw - 10;
        signatureBox = new Rectangle2D.Float(sx + sw * 0.15f, y, sw * 0.7f, lh * 1.8f);
        sealSpot = new Rectangle2D.Float(sx - 110, y, 90, 90);
        y += lh * 2f;
        for (String s : c.signer()) {
            text(f, s, sx + (sw - ts.width(f, s)) / 2, y + asc);
            y += lh;
        }
        y += lh * 0.6f;
        for (String s : c.recipient()) {
            text(f, s, left, y + asc);
            y += lh;
        }
        if (c.attention() != null) {
            y += lh * 0.4f;
            for (String s : ts.wrapAtSpaces(f, c.attention(), width)) {
                text(f, s, left, y + asc);
                y += lh;
            }
        }
        y += lh * 0.6f;
        if (c.repeatMemo()) {
            y = memoLine(c, f, lh, asc, left, right, y);
            y += lh * 0.5f;
        }
        text(b, "সদয় অবগতি ও কার্যার্থে প্রেরণ করা হলো (জ্যেষ্ঠতার ক্রমানুসারে নয়):", left, y + asc);
        y += lh;
        for (String s : c.copies()) {
            for (String w : ts.wrapAtSpaces(f, s, width - 16)) {
                text(f, w, left + 10, y + asc);
                y += lh;
            }
        }
        y += lh * 0.5f;
        float ex = right - ts.width(f, c.signer().get(0)) - 10;
        text(f, c.signer().get(0), ex, y + asc);
        y += lh;
        return y < PAGE_H - 36;
    }

    private float memoLine(Cover c, Font f, float lh, float asc, float left, float right, float y) {
        String memo = c.memoLabel() + c.memoPrinted();
        text(f, memo, left, y + asc);
        List<String> dl = c.dateLines();
        if (dl.size() == 1) {
            String d = dl.get(0);
            if (c.dateBelowMemo()) {
                y += lh;
            }
            text(f, d, right - ts.width(f, d), y + asc);
            return y + lh;
        }
        // বঙ্গাব্দ over খ্রিষ্টাব্দ with a rule between, "তারিখ:" to the left
        float w = Math.max(ts.width(f, dl.get(0)), ts.width(f, dl.get(1)));
        float x = right - w;
        y += lh * 0.3f;
        String lab = "তারিখ:";
        text(f, lab, x - ts.width(f, lab) - 8, y + lh * 0.55f + asc);
        text(f, dl.get(0), x + (w - ts.width(f, dl.get(0))) / 2, y + asc);
        float ruleY = y + lh * 1.02f;
        ops.add(g -> {
            g.setStroke(new BasicStroke(0.6f));
            g.draw(new Line2D.Float(x, ruleY, x + w, ruleY));
        });
        text(f, dl.get(1), x + (w - ts.width(f, dl.get(1))) / 2, y + lh * 1.1f + asc);
        return y + lh * 2.3f;
    }

    private void text(Font f, String s, float x, float y) {
        ops.add(g -> Typesetter.draw(g, f, s, x, y));
    }

    void draw(Graphics2D g) {
        g.setColor(Color.BLACK);
        for (Op op : ops) {
            op.draw(g);
        }
    }
}
