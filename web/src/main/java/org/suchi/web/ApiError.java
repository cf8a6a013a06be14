package org.suchi.web;

/** An answer other than 200: its status and a message for the person or program that asked. */
public final class ApiError extends RuntimeException {
    private final int status;
    private final transient Object extra;

    public ApiError(int status, String message) {
        this(status, message, null);
    }

    public ApiError(int status, String message, Object extra) {
        super(message, null, false, false);
        this.status = status;
        this.extra = extra;
    }

    public int status() {
        return status;
    }

    public Object extra() {
        return extra;
    }
}
