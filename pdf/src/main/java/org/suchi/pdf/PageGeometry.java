package org.suchi.pdf;

import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import org.suchi.image.PreparedPage;

/**
 * Maps the pixels of a cleaned page ({@link PreparedPage}: turned upright and deskewed by the image stage)
 * back to the user space of the page in the output PDF, through the raw page image the core rendered or
 * decoded. All steps are affine, so one {@link AffineTransform} carries a word box, its baseline and its
 * direction to where the word is on the original page image.
 */
public final class PageGeometry {
    private PageGeometry() {}

    /**
     * The raw page image's pixels to its cleaned version's: the quarter turn, then the small rotation the
     * image stage removed (OpenCV's {@code rotate} and {@code warpAffine} about the turned image's centre).
     */
    static AffineTransform rawToPrepared(int rawWidth, int rawHeight, int rotation, double skewDegrees) {
        AffineTransform q = switch (((rotation % 360) + 360) % 360) {
            case 90 -> new AffineTransform(0, 1, -1, 0, rawHeight, 0);      // x' = H - y, y' = x
            case 180 -> new AffineTransform(-1, 0, 0, -1, rawWidth, rawHeight);
            case 270 -> new AffineTransform(0, -1, 1, 0, 0, rawWidth);      // x' = y, y' = W - x
            default -> new AffineTransform();
        };
        boolean swapped = rotation % 180 != 0;
        double w = swapped ? rawHeight : rawWidth, h = swapped ? rawWidth : rawHeight;
        double angle = Math.toRadians(-skewDegrees);
        double al = Math.cos(angle), be = Math.sin(angle), cx = w / 2, cy = h / 2;
        AffineTransform m = new AffineTransform(al, -be, be, al, (1 - al) * cx - be * cy, be * cx + (1 - al) * cy);
        m.concatenate(q);
        return m;
    }

    /** The cleaned page's pixels to user space, given the raw image's pixels to user space. */
    public static AffineTransform preparedToUser(PreparedPage page, int rawWidth, int rawHeight, AffineTransform rawToUser) {
        return preparedToUser(page.rotation(), page.skewDegrees(), rawWidth, rawHeight, rawToUser);
    }

    /** The read page's pixels to user space ({@code read}: how the read page lies on the raw image). */
    public static AffineTransform preparedToUser(org.suchi.image.PageGeometry read, AffineTransform rawToUser) {
        return preparedToUser(read.rotation(), read.skewDegrees(), read.sourceWidth(), read.sourceHeight(), rawToUser);
    }

    static AffineTransform preparedToUser(int rotation, double skewDegrees, int rawWidth, int rawHeight, AffineTransform rawToUser) {
        AffineTransform toPrepared = rawToPrepared(rawWidth, rawHeight, rotation, skewDegrees);
        try {
            AffineTransform t = new AffineTransform(rawToUser);
            t.concatenate(toPrepared.createInverse());
            return t;
        } catch (NoninvertibleTransformException e) {
            throw new IllegalStateException("a rotation is always invertible", e);
        }
    }

    /** An image of {@code w}×{@code h} pixels drawn over the whole page box [x, y, x+width, y+height] (points, y up). */
    public static AffineTransform imageToUser(int w, int h, double x, double y, double width, double height) {
        return new AffineTransform(width / w, 0, 0, -height / h, x, y + height);
    }

    /**
     * A PDF page rendered by PDFBox at {@code scale} pixels per point: its crop box [llx, lly, width, height]
     * turned by the page's {@code /Rotate} (clockwise, as displayed).
     */
    public static AffineTransform renderedToUser(double llx, double lly, double width, double height, int rotate, double scale) {
        double k = 1 / scale;
        // unrotated rendering: u, v in pixels -> x = llx + u k, y = lly + height - v k
        AffineTransform unrotated = new AffineTransform(k, 0, 0, -k, llx, lly + height);
        double wu = width * scale, hu = height * scale;
        AffineTransform displayToUnrotated = switch (((rotate % 360) + 360) % 360) {
            case 90 -> new AffineTransform(0, hu == 0 ? 0 : -1, 1, 0, 0, hu);  // u = Y, v = Hu - X
            case 180 -> new AffineTransform(-1, 0, 0, -1, wu, hu);
            case 270 -> new AffineTransform(0, 1, -1, 0, wu, 0);              // u = Wu - Y, v = X
            default -> new AffineTransform();
        };
        unrotated.concatenate(displayToUnrotated);
        return unrotated;
    }
}
