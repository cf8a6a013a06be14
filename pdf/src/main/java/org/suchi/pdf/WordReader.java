package org.suchi.pdf;

import com.sun.jna.Pointer;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.file.Files;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import net.sourceforge.tess4j.ITessAPI;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessPageIterator;
import net.sourceforge.tess4j.ITessAPI.TessPageIteratorLevel;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI1;
import org.suchi.image.GrayImage;
import org.suchi.model.ExtractionException;
import org.suchi.model.FailureCause;
import org.suchi.ocr.OcrSettings;

/**
 * Full-page OCR with Tesseract's own layout analysis ({@code PSM_AUTO}), giving every word with its box and
 * every line with its baseline, from the result iterator. One Tesseract handle, reused; not thread-safe: one
 * reader per thread (and {@code OMP_THREAD_LIMIT=1} in the environment).
 */
public final class WordReader implements AutoCloseable {
    private final TessBaseAPI handle;
    private boolean closed;

    public WordReader(OcrSettings settings) {
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
        if (TessAPI1.TessBaseAPIInit2(h, settings.dataPath().toString(), settings.language(),
                ITessAPI.TessOcrEngineMode.OEM_LSTM_ONLY) != 0) {
            TessAPI1.TessBaseAPIDelete(h);
            throw new ExtractionException(FailureCause.OCR_UNAVAILABLE, settings.dataPath(),
                    "tesseract failed to load language " + settings.language());
        }
        TessAPI1.TessBaseAPISetVariable(h, "debug_file", "/dev/null");
        TessAPI1.TessBaseAPISetPageSegMode(h, ITessAPI.TessPageSegMode.PSM_AUTO);
        this.handle = h;
    }

    /** The lines of text on {@code image} (a cleaned page at {@code dpi}), in Tesseract's reading order. */
    public List<TextLine> read(GrayImage image, int dpi) {
        if (closed) throw new IllegalStateException("reader closed");
        ByteBuffer buf = ByteBuffer.allocateDirect(image.width() * image.height());
        buf.put(image.pixels());
        buf.flip();
        TessAPI1.TessBaseAPISetImage(handle, buf, image.width(), image.height(), 1, image.width());
        TessAPI1.TessBaseAPISetSourceResolution(handle, dpi);
        try {
            if (TessAPI1.TessBaseAPIRecognize(handle, null) != 0) return List.of();
            return lines();
        } finally {
            TessAPI1.TessBaseAPIClear(handle);
        }
    }

    private List<TextLine> lines() {
        List<TextLine> out = new ArrayList<>();
        TessResultIterator it = TessAPI1.TessBaseAPIGetIterator(handle);
        if (it == null) return out;
        try {
            TessPageIterator pit = TessAPI1.TessResultIteratorGetPageIterator(it);
            int word = TessPageIteratorLevel.RIL_WORD, line = TessPageIteratorLevel.RIL_TEXTLINE;
            IntBuffer a = IntBuffer.allocate(1), b = IntBuffer.allocate(1), c = IntBuffer.allocate(1), d = IntBuffer.allocate(1);
            List<TextLine.Word> words = new ArrayList<>();
            double baseline = 0, top = 0;
            do {
                if (TessAPI1.TessPageIteratorIsAtBeginningOf(pit, line) == ITessAPI.TRUE) {
                    if (!words.isEmpty()) out.add(new TextLine(words, baseline, top));
                    words = new ArrayList<>();
                    TessAPI1.TessPageIteratorBoundingBox(pit, line, a, b, c, d);
                    top = b.get(0);
                    double bottom = d.get(0);
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
                text = Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
                if (text.isEmpty()) continue;
                TessAPI1.TessPageIteratorBoundingBox(pit, word, a, b, c, d);
                if (c.get(0) <= a.get(0) || d.get(0) <= b.get(0)) continue;
                words.add(new TextLine.Word(text, a.get(0), b.get(0), c.get(0), d.get(0)));
            } while (TessAPI1.TessResultIteratorNext(it, word) == ITessAPI.TRUE);
            if (!words.isEmpty()) out.add(new TextLine(words, baseline, top));
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
