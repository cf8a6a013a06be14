package org.suchi.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * One OCR engine per worker thread, created on first use by that thread and reused for every later
 * call; all engines are closed with the pool. Thread-safe.
 */
public final class OcrEnginePool implements AutoCloseable {
    private final Supplier<OcrEngine> factory;
    private final List<OcrEngine> all = new ArrayList<>();
    private final ThreadLocal<OcrEngine> mine;
    private volatile boolean closed;

    public OcrEnginePool(Supplier<OcrEngine> factory) {
        this.factory = factory;
        this.mine = ThreadLocal.withInitial(this::create);
    }

    private OcrEngine create() {
        OcrEngine e = factory.get();
        synchronized (all) {
            if (closed) {
                e.close();
                throw new IllegalStateException("pool closed");
            }
            all.add(e);
        }
        return e;
    }

    /** This thread's engine. */
    public OcrEngine engine() {
        if (closed) throw new IllegalStateException("pool closed");
        return mine.get();
    }

    @Override
    public void close() {
        synchronized (all) {
            closed = true;
            all.forEach(OcrEngine::close);
            all.clear();
        }
    }
}
