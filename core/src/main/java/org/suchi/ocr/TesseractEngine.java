package org.suchi.ocr;

import org.suchi.reading.OcrText;
import com.sun.jna.Pointer;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import net.sourceforge.tess4j.ITessAPI;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessPageIteratorLevel;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI1;
import org.suchi.image.GrayImage;
import org.suchi.image.Rect;
import org.suchi.model.ExtractionException;
import org.suchi.model.FailureCause;

/**
 * Tesseract through Tess4J's direct JNA mapping over the system libtesseract. One handle, reused for
 * every call (model loading is the expensive part); not thread-safe.
 */
public final class TesseractEngine implements OcrEngine {
    /** Characters a value cell may hold: Bangla digits (ASCII ones make `ben` confuse ০ with 9 and 0) and the separators of numbers and dates. */
    static final String VALUE_CHARS = "০১২৩৪৫৬৭৮৯./-%";
    private static final int PAD = 12;

    private final TessBaseAPI handle;
    private final OcrSettings settings;
    private boolean closed;

    public TesseractEngine(OcrSettings settings) {
        this.settings = settings;
        if (!Files.isRegularFile(settings.dataPath().resolve(settings.language() + ".traineddata"))) {
            throw new ExtractionException(FailureCause.OCR_UNAVAILABLE, settings.dataPath(),
                    "no " + settings.language() + ".traineddata there");
        }
        TessBaseAPI h;
        try {
            h = TessAPI1.TessBaseAPICreate();
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            throw new ExtractionException(FailureCause.OCR_UNAVAILABLE, settings.dataPath(),
                    "libtesseract cannot be loaded (" + e.getMessage() + ")", e);
        }
        int rc = TessAPI1.TessBaseAPIInit2(h, settings.dataPath().toString(), settings.language(),
                ITessAPI.TessOcrEngineMode.OEM_LSTM_ONLY);
        if (rc != 0) {
            TessAPI1.TessBaseAPIDelete(h);
            throw new ExtractionException(FailureCause.OCR_UNAVAILABLE, settings.dataPath(),
                    "tesseract failed to load language " + settings.language());
        }
        TessAPI1.TessBaseAPISetVariable(h, "debug_file", "/dev/null");
        this.handle = h;
    }

    @Override
    public OcrText read(GrayImage image, Rect region, ReadMode mode) {
        if (closed) throw new IllegalStateException("engine closed");
        Rect r = region.clip(image.width(), image.height());
        if (r.width() < 3 || r.height() < 3) return OcrText.EMPTY;
        int w = r.width() + 2 * PAD, h = r.height() + 2 * PAD;
        ByteBuffer buf = ByteBuffer.allocateDirect(w * h);
        byte[] px = image.pixels();
        byte[] row = new byte[w];
        java.util.Arrays.fill(row, (byte) 0xff);
        for (int y = 0; y < PAD; y++) buf.put(row);
        for (int y = 0; y < r.height(); y++) {
            java.util.Arrays.fill(row, (byte) 0xff);
            System.arraycopy(px, (r.y() + y) * image.width() + r.x(), row, PAD, r.width());
            buf.put(row);
        }
        java.util.Arrays.fill(row, (byte) 0xff);
        for (int y = 0; y < PAD; y++) buf.put(row);
        buf.flip();

        TessAPI1.TessBaseAPISetPageSegMode(handle, switch (mode) {
            case PAGE -> ITessAPI.TessPageSegMode.PSM_AUTO;
            case BLOCK -> ITessAPI.TessPageSegMode.PSM_SINGLE_BLOCK;
            case LINE, VALUE -> ITessAPI.TessPageSegMode.PSM_SINGLE_LINE;
            case VALUE_WORD -> ITessAPI.TessPageSegMode.PSM_SINGLE_WORD;
            case VALUE_CHAR -> ITessAPI.TessPageSegMode.PSM_SINGLE_CHAR;
        });
        TessAPI1.TessBaseAPISetVariable(handle, "tessedit_char_whitelist", mode == ReadMode.VALUE || mode == ReadMode.VALUE_WORD || mode == ReadMode.VALUE_CHAR ? VALUE_CHARS : "");
        TessAPI1.TessBaseAPISetImage(handle, buf, w, h, 1, w);
        TessAPI1.TessBaseAPISetSourceResolution(handle, settings.dpi());
        try {
            if (TessAPI1.TessBaseAPIRecognize(handle, null) != 0) return OcrText.EMPTY;
            List<OcrText.Line> lines = lines(r.x() - PAD, r.y() - PAD);
            StringBuilder sb = new StringBuilder();
            double confSum = 0;
            int confWeight = 0;
            for (OcrText.Line l : lines) {
                if (sb.length() > 0) sb.append('\n');
                sb.append(l.text());
                int n = Math.max(1, l.text().length());
                confSum += l.confidence() * n;
                confWeight += n;
            }
            return new OcrText(sb.toString(), confWeight == 0 ? 0 : confSum / confWeight, lines);
        } finally {
            TessAPI1.TessBaseAPIClear(handle);
        }
    }

    private List<OcrText.Line> lines(int dx, int dy) {
        List<OcrText.Line> out = new ArrayList<>();
        TessResultIterator it = TessAPI1.TessBaseAPIGetIterator(handle);
        if (it == null) return out;
        try {
            var pit = TessAPI1.TessResultIteratorGetPageIterator(it);
            int level = TessPageIteratorLevel.RIL_TEXTLINE;
            do {
                Pointer p = TessAPI1.TessResultIteratorGetUTF8Text(it, level);
                if (p == null) continue;
                String text = p.getString(0, "UTF-8").strip();
                TessAPI1.TessDeleteText(p);
                if (text.isEmpty()) continue;
                float conf = TessAPI1.TessResultIteratorConfidence(it, level);
                IntBuffer l = IntBuffer.allocate(1), t = IntBuffer.allocate(1), rr = IntBuffer.allocate(1), b = IntBuffer.allocate(1);
                TessAPI1.TessPageIteratorBoundingBox(pit, level, l, t, rr, b);
                Rect box = new Rect(l.get(0) + dx, t.get(0) + dy, Math.max(0, rr.get(0) - l.get(0)), Math.max(0, b.get(0) - t.get(0)));
                out.add(new OcrText.Line(text, box, Math.max(0, Math.min(1, conf / 100.0))));
            } while (TessAPI1.TessResultIteratorNext(it, level) == ITessAPI.TRUE);
        } finally {
            TessAPI1.TessResultIteratorDelete(it);
        }
        return out;
    }

    @Override
    public OcrWords words(GrayImage image, int dpi) {
        if (closed) throw new IllegalStateException("engine closed");
        ByteBuffer buf = ByteBuffer.allocateDirect(image.width() * image.height());
        buf.put(image.pixels());
        buf.flip();
        TessAPI1.TessBaseAPISetPageSegMode(handle, ITessAPI.TessPageSegMode.PSM_AUTO);
        TessAPI1.TessBaseAPISetVariable(handle, "tessedit_char_whitelist", "");
        TessAPI1.TessBaseAPISetImage(handle, buf, image.width(), image.height(), 1, image.width());
        TessAPI1.TessBaseAPISetSourceResolution(handle, dpi);
        try {
            if (TessAPI1.TessBaseAPIRecognize(handle, null) != 0) return new OcrWords(List.of());
            return new OcrWords(wordLines());
        } finally {
            TessAPI1.TessBaseAPIClear(handle);
        }
    }

    /** The recognised page's lines, word by word, from the result iterator. */
    private List<OcrWords.Line> wordLines() {
        List<OcrWords.Line> out = new ArrayList<>();
        TessResultIterator it = TessAPI1.TessBaseAPIGetIterator(handle);
        if (it == null) return out;
        try {
            var pit = TessAPI1.TessResultIteratorGetPageIterator(it);
            int word = TessPageIteratorLevel.RIL_WORD, line = TessPageIteratorLevel.RIL_TEXTLINE;
            IntBuffer a = IntBuffer.allocate(1), b = IntBuffer.allocate(1), c = IntBuffer.allocate(1), d = IntBuffer.allocate(1);
            List<OcrWords.Word> words = new ArrayList<>();
            double baseline = 0;
            Rect lineBox = null;
            do {
                if (TessAPI1.TessPageIteratorIsAtBeginningOf(pit, line) == ITessAPI.TRUE) {
                    if (!words.isEmpty()) out.add(new OcrWords.Line(words, baseline, lineBox));
                    words = new ArrayList<>();
                    TessAPI1.TessPageIteratorBoundingBox(pit, line, a, b, c, d);
                    lineBox = new Rect(a.get(0), b.get(0), Math.max(0, c.get(0) - a.get(0)), Math.max(0, d.get(0) - b.get(0)));
                    double top = b.get(0), bottom = d.get(0);
                    if (TessAPI1.TessPageIteratorBaseline(pit, line, a, b, c, d) == ITessAPI.TRUE) {
                        baseline = (b.get(0) + d.get(0)) / 2.0;
                        if (baseline <= top || baseline > bottom) baseline = bottom;
                    } else {
                        baseline = bottom;
                    }
                }
                Pointer p = TessAPI1.TessResultIteratorGetUTF8Text(it, word);
                if (p == null) continue;
                String text = p.getString(0, "UTF-8");
                TessAPI1.TessDeleteText(p);
                text = java.text.Normalizer.normalize(text.strip(), java.text.Normalizer.Form.NFC);
                if (text.isEmpty()) continue;
                float conf = TessAPI1.TessResultIteratorConfidence(it, word);
                TessAPI1.TessPageIteratorBoundingBox(pit, word, a, b, c, d);
                if (c.get(0) <= a.get(0) || d.get(0) <= b.get(0)) continue;
                words.add(new OcrWords.Word(text, new Rect(a.get(0), b.get(0), c.get(0) - a.get(0), d.get(0) - b.get(0)),
                        Math.max(0, Math.min(1, conf / 100.0))));
            } while (TessAPI1.TessResultIteratorNext(it, word) == ITessAPI.TRUE);
            if (!words.isEmpty()) out.add(new OcrWords.Line(words, baseline, lineBox));
        } finally {
            TessAPI1.TessResultIteratorDelete(it);
        }
        return out;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            TessAPI1.TessBaseAPIEnd(handle);
            TessAPI1.TessBaseAPIDelete(handle);
        }
    }
}
